namespace Bridge.Connectors.ConnectWise;

/// <summary>One item of a ConnectWise error body's <c>errors</c> array.</summary>
/// <param name="Code">Item code, e.g. <c>MissingRequiredField</c>, <c>InvalidField</c>, <c>ObjectExists</c>.</param>
/// <param name="Message">Item message.</param>
/// <param name="Resource">Resource, e.g. <c>ticket</c>.</param>
/// <param name="Field">Field, e.g. <c>summary</c>.</param>
public sealed record ConnectWiseApiError(string? Code, string? Message, string? Resource, string? Field);

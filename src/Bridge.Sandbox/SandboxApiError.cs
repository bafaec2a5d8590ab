namespace Bridge.Sandbox;

/// <summary>One entry of the <c>errors</c> array of a ConnectWise error body.</summary>
/// <param name="Code">Item code, e.g. <c>MissingRequiredField</c>, <c>InvalidField</c>, <c>ObjectExists</c>.</param>
/// <param name="Message">Human readable message.</param>
/// <param name="Resource">Model name, e.g. <c>Ticket</c>.</param>
/// <param name="Field">The offending field, e.g. <c>summary</c>.</param>
public sealed record SandboxApiError(string Code, string Message, string? Resource = null, string? Field = null);

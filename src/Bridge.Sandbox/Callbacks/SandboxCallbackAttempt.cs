namespace Bridge.Sandbox;

/// <summary>One delivery attempt of a callback.</summary>
/// <param name="MessageId">The payload's MessageId (the same for every attempt of one delivery).</param>
/// <param name="RegistrationId">The callback registration (<c>CallbackObjectRecId</c>).</param>
/// <param name="Url">The URL posted to (registration URL, plus id and action when it ends with <c>=</c>).</param>
/// <param name="Type">E.g. <c>ticket</c>, <c>time</c>.</param>
/// <param name="Action"><c>added</c>, <c>updated</c> or <c>deleted</c>.</param>
/// <param name="EntityId">The record id (<c>ID</c>).</param>
/// <param name="Body">The exact body sent (UTF-8), which the signature covers.</param>
/// <param name="Signature">The <c>x-content-signature</c> header sent.</param>
/// <param name="Attempt">1 for the first try, 2 and 3 for retries.</param>
/// <param name="StatusCode">The receiver's status, or null when no response came.</param>
/// <param name="Error">Why no response came (connection refused, 5 s timeout), else null.</param>
/// <param name="Timestamp">When the attempt finished (sandbox TimeProvider).</param>
public sealed record SandboxCallbackAttempt(
    Guid MessageId,
    int RegistrationId,
    string Url,
    string Type,
    string Action,
    int EntityId,
    string Body,
    string Signature,
    int Attempt,
    int? StatusCode,
    string? Error,
    DateTimeOffset Timestamp)
{
    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}

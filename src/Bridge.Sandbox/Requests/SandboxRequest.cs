namespace Bridge.Sandbox;

/// <summary>One request the sandbox answered (API, company info or signing key; not the control surface).</summary>
/// <param name="Timestamp">When it arrived (from the sandbox's TimeProvider).</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Full path, e.g. <c>/v4_6_release/apis/3.0/service/tickets</c>.</param>
/// <param name="ApiPath">Path below the API base, e.g. <c>service/tickets/5</c>; null outside the API.</param>
/// <param name="QueryString">Raw query string including <c>?</c>, or empty.</param>
/// <param name="Query">Decoded query parameters (case-insensitive keys; repeated keys joined by commas).</param>
/// <param name="Headers">Accept, clientId, Content-Type, pagination-type, User-Agent, Cache-Control when present.</param>
/// <param name="HasAuthorization">Whether an Authorization header was sent (its value is never kept).</param>
/// <param name="StatusCode">The status answered; 0 when the connection was dropped unanswered (an outage).</param>
/// <param name="Body">The request body for writes (up to 64 KiB), else null.</param>
/// <param name="RequestId">The <c>x-cw-request-id</c> answered.</param>
public sealed record SandboxRequest(
    DateTimeOffset Timestamp,
    string Method,
    string Path,
    string? ApiPath,
    string QueryString,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    bool HasAuthorization,
    int StatusCode,
    string? Body,
    string RequestId);

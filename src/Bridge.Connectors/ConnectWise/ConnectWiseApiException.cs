using System.Net;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// ConnectWise answered with a non-success status (or a success body that was not the JSON expected).
/// One type for every such answer, whatever the body looked like (the usual
/// <c>{"code","message","errors"}</c>, the 429 shape <c>{"error","message"}</c>, empty, or an HTML page).
/// </summary>
/// <remarks>
/// Carries the request method and path but never headers, keys or the query string.
/// <see cref="Exception.Message"/> is a one-line summary for logs; <see cref="ServerMessage"/> is
/// ConnectWise's own <c>message</c>.
/// </remarks>
public sealed class ConnectWiseApiException : Exception
{
    /// <summary>Creates an exception with a default message.</summary>
    public ConnectWiseApiException()
        : this("ConnectWise answered with an error.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates a fully described exception.</summary>
    /// <param name="message">One-line summary.</param>
    /// <param name="statusCode">HTTP status.</param>
    /// <param name="method">HTTP method.</param>
    /// <param name="path">Request path without query.</param>
    /// <param name="code">ConnectWise <c>code</c> (or the 429 body's <c>error</c>).</param>
    /// <param name="serverMessage">ConnectWise <c>message</c>.</param>
    /// <param name="errors">ConnectWise <c>errors</c> items.</param>
    /// <param name="retryAfter">Server-requested wait, when given.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ConnectWiseApiException(
        string message,
        HttpStatusCode statusCode,
        string method,
        string path,
        string? code,
        string? serverMessage,
        IReadOnlyList<ConnectWiseApiError>? errors,
        TimeSpan? retryAfter,
        Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        Code = code;
        ServerMessage = serverMessage;
        Errors = errors ?? [];
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>ConnectWise's <c>code</c>, e.g. <c>InvalidObject</c>, <c>ApiFindCondition</c>, <c>TimeEntryApi</c>; null if none.</summary>
    public string? Code { get; }

    /// <summary>ConnectWise's <c>message</c>; null when the body had none (empty, HTML).</summary>
    public string? ServerMessage { get; }

    /// <summary>ConnectWise's <c>errors</c> items (empty when absent).</summary>
    public IReadOnlyList<ConnectWiseApiError> Errors { get; } = [];

    /// <summary>
    /// The wait the server asked for (<c>Retry-After</c> seconds or date, or the "try again in N seconds"
    /// of a 429 body); an outbox or poller reschedules by it.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>HTTP method of the request.</summary>
    public string Method { get; } = "";

    /// <summary>Path of the request, without the query string.</summary>
    public string Path { get; } = "";

    /// <summary>True for 429: the request was refused before processing and may be sent again later.</summary>
    public bool IsRateLimited => StatusCode == HttpStatusCode.TooManyRequests;
}

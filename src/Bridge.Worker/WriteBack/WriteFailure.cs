using System.Net;
using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// One failed attempt, classified. <see cref="ServiceDown"/> failures (throttled, unavailable, unreachable, no answer)
/// pause the whole outbox rather than each ticket hammering ConnectWise on its own.
/// </summary>
internal sealed record WriteFailure(FailureKind Kind, string Error, TimeSpan? RetryAfter, bool ServiceDown)
{
    public static WriteFailure Classify(Exception exception) => exception switch
    {
        BrokenCircuitException broken => new(FailureKind.NotSent, broken.Message, broken.RetryAfter, true),
        ConnectWiseApiException api => FromAnswer(api),
        ClientNoticeNotSentException mail => new(mail.Transient ? FailureKind.NotSent : FailureKind.Rejected, mail.Message, null, false),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } http =>
            new(FailureKind.NotSent, $"ConnectWise could not be reached: {http.Message}", null, true),
        HttpRequestException http => new(FailureKind.Unclear, $"the connection failed during the request: {http.Message}", null, true),
        TimeoutRejectedException or TimeoutException or OperationCanceledException =>
            new(FailureKind.Unclear, $"no answer in time ({exception.GetType().Name})", null, true),
        // The record's own payload cannot be read or sent: a defect to look at, not to retry.
        JsonException or InvalidOperationException or FormatException => new(FailureKind.Rejected, $"{exception.GetType().Name}: {exception.Message}", null, false),
        _ => new(FailureKind.Unclear, $"{exception.GetType().Name}: {exception.Message}", null, false),
    };

    private static WriteFailure FromAnswer(ConnectWiseApiException api)
    {
        var status = (int)api.StatusCode;
        return api.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new(FailureKind.NotSent, api.Message, api.RetryAfter, true),
            // Keys or permissions: a setup problem that applies to every record, not this record's fault.
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(FailureKind.NotSent, api.Message, null, true),
            HttpStatusCode.RequestTimeout => new(FailureKind.Unclear, api.Message, api.RetryAfter, true),
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => new(FailureKind.Unclear, api.Message, api.RetryAfter, true),
            _ when status is >= 400 and < 500 => new(FailureKind.Rejected, api.Message, null, false),
            // 500, or a success whose body was not the JSON expected: it may well have been written.
            _ => new(FailureKind.Unclear, api.Message, api.RetryAfter, false),
        };
    }
}

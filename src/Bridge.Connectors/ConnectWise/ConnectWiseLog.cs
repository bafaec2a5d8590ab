using System.Net;
using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Source-generated log messages of the ConnectWise connector (EventIds 1000–1099).
/// Arguments are methods, paths, statuses and delays only: never keys, headers or bodies.
/// </summary>
internal static partial class ConnectWiseLog
{
    public const string CategoryName = "Bridge.Connectors.ConnectWise";

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning, Message = "ConnectWise {Method} {Path} attempt {Attempt} failed with {Outcome}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string method, string path, int attempt, string outcome, double delayMs);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "ConnectWise {Method} {Path} answered {StatusCode} with Retry-After {RetryAfterSeconds} s, above the in-flight limit of {MaxSeconds} s; failing fast so the caller can reschedule")]
    public static partial void RetryAfterTooLong(ILogger logger, string method, string path, HttpStatusCode statusCode, double retryAfterSeconds, double maxSeconds);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "ConnectWise {Method} {Path} failed with {Outcome}; not retried (unsafe method or permanent error)")]
    public static partial void NotRetried(ILogger logger, string method, string path, string outcome);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "ConnectWise circuit opened for {BreakSeconds} s after {Outcome}; calls fail fast until it closes")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds, string outcome);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "ConnectWise circuit half-open: letting one probe call through")]
    public static partial void CircuitHalfOpened(ILogger logger);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Information, Message = "ConnectWise circuit closed: calls flow again")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Debug, Message = "ConnectWise paging stopped after page {Page} ({Count} rows): {Reason}")]
    public static partial void PagingStopped(ILogger logger, int page, int count, string reason);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Warning, Message = "ConnectWise paging link names {LinkOrigin}, not the origin of ConnectWise:BaseUrl (a proxy in front of an on-premises server?); the next page is requested from ConnectWise:BaseUrl with the link's query instead")]
    public static partial void PagingLinkRebased(ILogger logger, string linkOrigin);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Debug, Message = "ConnectWise forward-only page {Page} ({Count} rows) had no Link header; continuing after id {PageId}")]
    public static partial void ForwardOnlyWithoutLink(ILogger logger, int page, int count, long pageId);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Warning, Message = "Callback signing key refused for origin {Origin}: {Reason}")]
    public static partial void SigningKeyRefused(ILogger logger, string origin, string reason);

    [LoggerMessage(EventId = 1031, Level = LogLevel.Warning, Message = "Callback signing key fetch from {Origin} failed: {Reason}")]
    public static partial void SigningKeyFetchFailed(ILogger logger, string origin, string reason);

    [LoggerMessage(EventId = 1032, Level = LogLevel.Debug, Message = "Callback signing key fetched from {Origin}")]
    public static partial void SigningKeyFetched(ILogger logger, string origin);
}

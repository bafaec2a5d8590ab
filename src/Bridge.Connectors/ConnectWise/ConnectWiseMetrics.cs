using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// The ConnectWise client's instruments, on the meter <see cref="MeterName"/>: every HTTP attempt (a retry counts
/// again) by method and status, and the attempts ConnectWise throttled (429).
/// </summary>
public sealed class ConnectWiseMetrics
{
    /// <summary>The meter name a metrics pipeline listens to for these instruments.</summary>
    public const string MeterName = "Bridge.ConnectWise";

    private readonly Counter<long> _requests;
    private readonly Counter<long> _throttled;

    /// <summary>Creates the instruments on <see cref="MeterName"/>.</summary>
    /// <param name="meters">The host's meter factory.</param>
    public ConnectWiseMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _requests = meter.CreateCounter<long>("bridge.connectwise.requests", "{request}", "HTTP requests to ConnectWise (each attempt), by method and response status.");
        _throttled = meter.CreateCounter<long>("bridge.connectwise.throttled", "{request}", "ConnectWise requests answered 429 Too Many Requests.");
    }

    /// <summary>Records one attempt: its status code, or the error type when no response came.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="statusCode">The response status, or null when the attempt failed without one.</param>
    /// <param name="errorType">What went wrong when there is no response (an exception type name).</param>
    public void Request(string method, int? statusCode, string? errorType = null)
    {
        var tags = new TagList { { "http.request.method", method } };
        if (statusCode is { } status)
        {
            tags.Add("http.response.status_code", status);
        }
        else
        {
            tags.Add("error.type", errorType ?? "unknown");
        }

        _requests.Add(1, tags);
        if (statusCode == 429)
        {
            _throttled.Add(1, new KeyValuePair<string, object?>("http.request.method", method));
        }
    }
}

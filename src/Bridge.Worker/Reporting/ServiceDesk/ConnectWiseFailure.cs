using Bridge.Connectors.ConnectWise;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// Why a figure could not be read from ConnectWise, in a sentence fit for the report. Built from the status,
/// ConnectWise's code and message and the request path only: never a header, a key or a query string.
/// </summary>
internal static class ConnectWiseFailure
{
    /// <summary>Whether the exception is ConnectWise not answering or answering with an error (not a bug of ours).</summary>
    public static bool IsConnectWise(Exception exception) => exception is ConnectWiseApiException or HttpRequestException
        or TimeoutRejectedException or BrokenCircuitException or TaskCanceledException or System.Text.Json.JsonException;

    public static string Describe(Exception exception) => exception switch
    {
        ConnectWiseApiException api => $"ConnectWise answered {(int)api.StatusCode}{Code(api.Code)} to {api.Method} {api.Path}{Message(api.ServerMessage)}",
        BrokenCircuitException => "ConnectWise calls are suspended after repeated failures (the circuit breaker is open); try again in a minute",
        TimeoutRejectedException or TaskCanceledException => "ConnectWise did not answer in time",
        HttpRequestException http => $"ConnectWise could not be reached ({http.HttpRequestError})",
        System.Text.Json.JsonException => "ConnectWise's answer was not the JSON expected",
        _ => "the read failed",
    };

    private static string Code(string? code) => string.IsNullOrWhiteSpace(code) ? "" : " " + code;

    private static string Message(string? message) => string.IsNullOrWhiteSpace(message) ? "" : ": " + message.Trim();
}

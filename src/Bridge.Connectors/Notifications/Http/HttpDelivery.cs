using System.Globalization;
using System.Net;
using Polly.Timeout;

namespace Bridge.Connectors.Notifications.Http;

/// <summary>
/// Sends one request of an HTTP channel and turns the outcome into a <see cref="DeliveryResult"/>:
/// 2xx sent; 4xx refused for good (429 aside); 429/5xx refused for now; no connection at all failed
/// (nothing was sent); a timeout or a connection lost after sending unknown.
/// Reasons name status codes only, never the URL (chat webhook URLs carry their credential).
/// </summary>
internal static class HttpDelivery
{
    public static async Task<DeliveryResult> SendAsync(
        HttpClient client,
        HttpRequestMessage request,
        Func<HttpResponseMessage, CancellationToken, Task<DeliveryResult>> onSuccess,
        Func<HttpResponseMessage, CancellationToken, Task<string>>? describeError,
        CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return await onSuccess(response, cancellationToken);
            }

            var detail = describeError is null ? "" : await describeError(response, cancellationToken);
            var reason = string.Create(CultureInfo.InvariantCulture, $"answered {(int)response.StatusCode} {response.StatusCode}{detail}");
            return DeliveryResult.Failed(reason, IsTransient(response.StatusCode));
        }
        catch (TimeoutRejectedException ex)
        {
            return DeliveryResult.Unknown(string.Create(CultureInfo.InvariantCulture, $"no answer within {ex.Timeout.TotalMilliseconds:0} ms; the request may have been processed"));
        }
        catch (HttpRequestException ex) when (ChannelHttpPipeline.IsNotSent(ex))
        {
            return DeliveryResult.Failed($"could not connect ({ex.HttpRequestError})", transient: true);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Unknown($"connection lost after the request was sent ({ex.HttpRequestError})");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Unknown("the request was cancelled by the transport; it may have been processed");
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;
}

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Counts every attempt on the wire into <see cref="ConnectWiseMetrics"/>. It sits inside the resilience pipeline, so
/// each retry and each 429 the pipeline waits out is counted, not only the call the bridge made.
/// </summary>
internal sealed class ConnectWiseMetricsHandler(ConnectWiseMetrics metrics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            metrics.Request(request.Method.Method, null, ex is OperationCanceledException && cancellationToken.IsCancellationRequested ? "canceled" : ex.GetType().Name);
            throw;
        }

        metrics.Request(request.Method.Method, (int)response.StatusCode);
        return response;
    }
}

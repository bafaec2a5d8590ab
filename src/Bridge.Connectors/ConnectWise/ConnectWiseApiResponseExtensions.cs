using Refit;

namespace Bridge.Connectors.ConnectWise;

/// <summary>Turns a failed Refit list response into the connector's one error type.</summary>
public static class ConnectWiseApiResponseExtensions
{
    internal static readonly HttpRequestOptionsKey<ConnectWiseApiException> ErrorKey = new("Bridge.ConnectWise.Error");

    /// <summary>
    /// Returns the content of a successful response, or throws <see cref="ConnectWiseApiException"/>
    /// for a non-success answer (or the transport exception when no answer came).
    /// </summary>
    /// <typeparam name="T">Content type.</typeparam>
    /// <param name="response">The Refit response.</param>
    /// <param name="time">Clock for an HTTP-date <c>Retry-After</c>; defaults to the system clock.</param>
    /// <returns>The content (null when the body was JSON <c>null</c> or empty).</returns>
    /// <exception cref="ConnectWiseApiException">ConnectWise answered with an error.</exception>
    public static Task<T?> EnsureConnectWiseSuccessAsync<T>(this IApiResponse<T> response, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccessStatusCode && response.Error is null)
        {
            return Task.FromResult<T?>(response.Content);
        }

        throw ToException(response, time ?? TimeProvider.System);
    }

    internal static Exception ToException(IApiResponse response, TimeProvider time)
    {
        if (response.RequestMessage?.Options.TryGetValue(ErrorKey, out var stashed) == true)
        {
            return stashed;
        }

        switch (response.Error)
        {
            case ApiException api:
                var retryAfter = api.Headers is null ? null : RetryAfterParser.FromHeaders(api.Headers, time.GetUtcNow());
                return ConnectWiseErrorMapper.Map(
                    api.StatusCode,
                    api.HttpMethod.Method,
                    api.Uri,
                    api.Content,
                    api.ContentHeaders?.ContentType?.MediaType,
                    retryAfter,
                    api.InnerException);
            case ApiRequestException transport when transport.InnerException is not null:
                return transport.InnerException;
            case { } other:
                return other;
            default:
                return ConnectWiseErrorMapper.Map(
                    response.StatusCode ?? 0,
                    response.RequestMessage?.Method.Method ?? "?",
                    response.RequestMessage?.RequestUri,
                    null,
                    null,
                    response.Headers is null ? null : RetryAfterParser.FromHeaders(response.Headers, time.GetUtcNow()));
        }
    }
}

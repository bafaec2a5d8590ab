using Microsoft.Extensions.Options;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Adds ConnectWise authentication and negotiation headers to each request: Basic credentials
/// <c>{companyId}+{publicKey}:{privateKey}</c>, <c>clientId</c>, the versioned <c>Accept</c> and
/// <c>Cache-Control: no-cache</c>. Options are read per request, so a configuration reload applies to the next call.
/// </summary>
/// <remarks>
/// Credentials are only ever attached for the origin of <see cref="ConnectWiseOptions.BaseUrl"/>; a request
/// to any other origin (for example a tampered paging link) is refused rather than sent with the keys.
/// </remarks>
internal sealed class ConnectWiseAuthHandler(IOptionsMonitor<ConnectWiseOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = options.CurrentValue;
        if (request.RequestUri is null || !ConnectWiseRequestHeaders.SameOrigin(request.RequestUri, current.BaseUrl))
        {
            throw new InvalidOperationException(
                $"Refusing to send ConnectWise credentials to '{request.RequestUri?.GetLeftPart(UriPartial.Authority)}': it is not the origin of ConnectWise:BaseUrl.");
        }

        ConnectWiseRequestHeaders.Apply(request, current);
        return base.SendAsync(request, cancellationToken);
    }
}

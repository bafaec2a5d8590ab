using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Refit;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Enumerates a ConnectWise list across pages: the first page comes from an <see cref="IConnectWiseApi"/>
/// call, later pages from the <c>rel="next"</c> URL of each <c>Link</c> header, requested verbatim through
/// the same authenticated, resilient HTTP client.
/// </summary>
/// <remarks>
/// Stops when a page has no next link, and defensively when a page is empty, shorter than the page size,
/// or names the URL just fetched. A next link on another origin is refused (the client never sends the
/// keys elsewhere). Failures throw <see cref="ConnectWiseApiException"/>.
/// <code>
/// await foreach (var ticket in pager.EnumerateAsync(
///     (pageSize, ct) =&gt; api.GetTicketsAsync(conditions: c, orderBy: "id asc", page: 1, pageSize: pageSize, cancellationToken: ct), ct))
/// { … }
/// </code>
/// </remarks>
public sealed class ConnectWisePager
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<ConnectWiseOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates a pager (normally resolved from DI after <c>AddConnectWiseClient</c>).</summary>
    /// <param name="httpClientFactory">Factory of the named ConnectWise client.</param>
    /// <param name="options">ConnectWise options (page size, base URL).</param>
    /// <param name="time">Clock for HTTP-date <c>Retry-After</c> values.</param>
    /// <param name="logger">Logger; optional.</param>
    public ConnectWisePager(IHttpClientFactory httpClientFactory, IOptionsMonitor<ConnectWiseOptions> options, TimeProvider time, ILogger<ConnectWisePager>? logger = null)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Enumerates every row of a list, one page at a time.</summary>
    /// <typeparam name="T">Row type.</typeparam>
    /// <param name="firstPage">Requests page 1 with the given page size (<see cref="ConnectWiseOptions.PageSize"/>, at most 1000).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The rows in server order.</returns>
    /// <exception cref="ConnectWiseApiException">A page request failed.</exception>
    public async IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<int, CancellationToken, Task<IApiResponse<List<T>>>> firstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(firstPage);
        var options = _options.CurrentValue;
        var pageSize = Math.Clamp(options.PageSize, 1, 1000);

        List<T>? rows;
        ConnectWiseLinkHeader links;
        Uri? current;
        using (var response = await firstPage(pageSize, cancellationToken).ConfigureAwait(false))
        {
            rows = await response.EnsureConnectWiseSuccessAsync(_time).ConfigureAwait(false);
            links = ConnectWiseLinkHeader.Parse(JoinLinkHeader(response.Headers));
            current = response.RequestMessage?.RequestUri;
        }

        var page = 1;
        while (true)
        {
            var count = rows?.Count ?? 0;
            foreach (var row in rows ?? [])
            {
                yield return row;
            }

            var next = links.Next is { } link && current is not null && !link.IsAbsoluteUri ? new Uri(current, link) : links.Next;
            var stop = next is null ? "no next link"
                : count == 0 ? "empty page"
                : count < pageSize ? "short page"
                : next == current ? "next link repeats the current page"
                : null;
            if (stop is not null)
            {
                ConnectWiseLog.PagingStopped(_logger, page, count, stop);
                yield break;
            }

            if (!ConnectWiseRequestHeaders.SameOrigin(next!, options.BaseUrl))
            {
                throw new InvalidOperationException($"ConnectWise paging link points to '{next!.GetLeftPart(UriPartial.Authority)}', not to the origin of ConnectWise:BaseUrl; refusing to follow it.");
            }

            (rows, links) = await FetchAsync<T>(next!, cancellationToken).ConfigureAwait(false);
            current = next;
            page++;
        }
    }

    private async Task<(List<T>? Rows, ConnectWiseLinkHeader Links)> FetchAsync<T>(Uri url, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(ConnectWiseServiceCollectionExtensions.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await ConnectWiseErrorMapper.FromResponseAsync(response, _time, cancellationToken).ConfigureAwait(false);
        }

        List<T>? rows;
        try
        {
            rows = await response.Content.ReadFromJsonAsync<List<T>>(ConnectWiseJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw ConnectWiseErrorMapper.NotJson(response.StatusCode, "GET", url, ex);
        }

        return (rows, ConnectWiseLinkHeader.Parse(JoinLinkHeader(response.Headers)));
    }

    private static string? JoinLinkHeader(System.Net.Http.Headers.HttpResponseHeaders? headers) =>
        headers is not null && headers.TryGetValues("Link", out var values) ? string.Join(", ", values) : null;
}

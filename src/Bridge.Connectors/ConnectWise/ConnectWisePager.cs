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
/// or names the URL just fetched. A next link on another origin (an on-premises server behind a TLS proxy
/// names its internal host) is never followed: the keys never go elsewhere, so the next page is the current
/// request with the link's query, and a warning says so. Failures throw <see cref="ConnectWiseApiException"/>.
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
                // The keys never go to another host: the next page is the current request with the link's query.
                ConnectWiseLog.PagingLinkRebased(_logger, next!.GetLeftPart(UriPartial.Authority));
                next = new UriBuilder(current!) { Query = next.Query.TrimStart('?') }.Uri;
            }

            (rows, links) = await FetchAsync<T>(next!, cancellationToken).ConfigureAwait(false);
            current = next;
            page++;
        }
    }

    /// <summary>
    /// Enumerates a list with ConnectWise's forward-only pagination, one page at a time with the server's
    /// <c>Date</c> of each answer. The next request is built from the <c>pageId</c> of the <c>Link</c> header
    /// (never from its host, which a proxy may have rewritten), or from the last row's id when ConnectWise sent
    /// no link on a full page. Stops on an empty <c>Link</c>, an empty or short page, or a page id that does not move.
    /// </summary>
    /// <typeparam name="T">Row type.</typeparam>
    /// <param name="page">Requests the page after the given id (null: the first) with the given page size.</param>
    /// <param name="idOf">The id of a row (rows come in id order).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The pages in server order.</returns>
    /// <exception cref="ConnectWiseApiException">A page request failed.</exception>
    public async IAsyncEnumerable<ConnectWisePage<T>> EnumerateForwardOnlyAsync<T>(
        Func<long?, int, CancellationToken, Task<IApiResponse<List<T>>>> page,
        Func<T, long?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(idOf);
        var options = _options.CurrentValue;
        var pageSize = Math.Clamp(options.PageSize, 1, 1000);
        long? pageId = null;
        for (var number = 1; ; number++)
        {
            List<T> rows;
            string? link;
            bool hasLink;
            DateTimeOffset? serverDate;
            using (var response = await page(pageId, pageSize, cancellationToken).ConfigureAwait(false))
            {
                rows = await response.EnsureConnectWiseSuccessAsync(_time).ConfigureAwait(false) ?? [];
                hasLink = response.Headers is not null && response.Headers.Contains("Link");
                link = JoinLinkHeader(response.Headers);
                serverDate = response.Headers?.Date;
            }

            yield return new ConnectWisePage<T>(rows, serverDate);
            var lastId = rows.Count == 0 ? null : idOf(rows[^1]);
            long? next;
            if (hasLink && !string.IsNullOrWhiteSpace(link))
            {
                // A link without a pageId ConnectWise can read still means "more": continue after the last row.
                next = NextPageId(ConnectWiseLinkHeader.Parse(link), options.BaseUrl, out var hasNext) ?? (hasNext ? lastId : null);
            }
            else if (hasLink)
            {
                next = null;
            }
            else
            {
                next = rows.Count >= pageSize ? lastId : null;
                if (next is { } after)
                {
                    ConnectWiseLog.ForwardOnlyWithoutLink(_logger, number, rows.Count, after);
                }
            }

            var stop = rows.Count == 0 ? "empty page"
                : next is null ? "no next link"
                : rows.Count < pageSize ? "short page"
                : pageId is { } previous && next <= previous ? "next page id does not move"
                : null;
            if (stop is not null)
            {
                ConnectWiseLog.PagingStopped(_logger, number, rows.Count, stop);
                yield break;
            }

            pageId = next;
        }
    }

    private long? NextPageId(ConnectWiseLinkHeader links, string baseUrl, out bool hasNext)
    {
        // ConnectWise documents rel="next"; some servers send a bare first link (the PowerShell module reads that).
        var next = links.Next ?? links.Links.Values.FirstOrDefault();
        hasNext = next is not null;
        if (next is null)
        {
            return null;
        }

        if (next.IsAbsoluteUri && !ConnectWiseRequestHeaders.SameOrigin(next, baseUrl))
        {
            ConnectWiseLog.PagingLinkRebased(_logger, next.GetLeftPart(UriPartial.Authority));
        }

        var query = next.IsAbsoluteUri ? next.Query : next.OriginalString[(next.OriginalString.IndexOf('?', StringComparison.Ordinal) + 1)..];
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && string.Equals(Uri.UnescapeDataString(part[..equals]), "pageId", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(Uri.UnescapeDataString(part[(equals + 1)..]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }

        return null;
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

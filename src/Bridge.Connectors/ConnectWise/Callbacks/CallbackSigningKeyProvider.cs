using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>
/// Fetches the callback signing key (<c>{"signing_key":"…"}</c>) from a payload's <c>Metadata.key_url</c>,
/// but only when that URL's scheme, host and port are a trusted ConnectWise origin; caches keys per URL.
/// </summary>
/// <remarks>
/// The URL comes from the (still unverified) payload, so an attacker could name a server of their own that
/// serves a key matching their forged signature. Pinning the origin defeats that and keeps the bridge from
/// fetching arbitrary URLs for strangers (SSRF). Trusted origins: <see cref="ConnectWiseOptions.BaseUrl"/>'s,
/// its cloud UI twin (<c>api-na.myconnectwise.net</c> → <c>na.myconnectwise.net</c>) and
/// <see cref="ConnectWiseCallbackOptions.TrustedKeyOrigins"/>. Fetches send no credentials, follow no
/// redirects and give up after <see cref="ConnectWiseCallbackOptions.KeyFetchTimeout"/>.
/// </remarks>
public sealed class CallbackSigningKeyProvider
{
    private const int MaxCachedKeys = 256;
    private const int MaxKeyBodyBytes = 16 * 1024;
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IOptionsMonitor<ConnectWiseOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CachedKey> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates the provider (normally resolved from DI).</summary>
    /// <param name="httpClientFactory">Source of the plain signing-key HTTP client.</param>
    /// <param name="options">ConnectWise options (base URL, callback settings).</param>
    /// <param name="time">Clock for the cache and the fetch timeout.</param>
    /// <param name="logger">Logger; optional.</param>
    public CallbackSigningKeyProvider(IHttpClientFactory httpClientFactory, IOptionsMonitor<ConnectWiseOptions> options, TimeProvider time, ILogger<CallbackSigningKeyProvider>? logger = null)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the signing key named by a payload's <c>key_url</c>.</summary>
    /// <param name="keyUrl">The <c>Metadata.key_url</c> value.</param>
    /// <param name="refresh">
    /// Bypass the cache (after a signature mismatch, the key may have rotated). Ignored when the cached key is
    /// younger than 30 s, so forged callbacks cannot make the bridge hammer ConnectWise.
    /// </param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The key, or the reason there is none.</returns>
    public async Task<SigningKeyResult> GetKeyAsync(string? keyUrl, bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(keyUrl))
        {
            return SigningKeyResult.Failed("Metadata.key_url is missing");
        }

        if (!Uri.TryCreate(keyUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return SigningKeyResult.Failed("Metadata.key_url is not an absolute http(s) URL");
        }

        var options = _options.CurrentValue;
        if (!IsTrustedOrigin(uri, options))
        {
            var origin = uri.GetLeftPart(UriPartial.Authority);
            ConnectWiseLog.SigningKeyRefused(_logger, origin, "not a configured ConnectWise origin");
            return SigningKeyResult.Failed($"key_url origin {origin} is not the configured ConnectWise host; the signing key is only fetched from ConnectWise");
        }

        var now = _time.GetUtcNow();
        if (_cache.TryGetValue(keyUrl, out var cached))
        {
            var age = now - cached.FetchedAt;
            if ((!refresh && age < options.Callbacks.KeyCacheDuration) || (refresh && age < MinRefreshInterval))
            {
                return SigningKeyResult.Found(cached.Key, fromCache: true);
            }
        }

        var result = await FetchAsync(uri, options.Callbacks.KeyFetchTimeout, cancellationToken).ConfigureAwait(false);
        if (result.Success)
        {
            if (_cache.Count >= MaxCachedKeys)
            {
                // Many distinct key URLs on a trusted host are unusual; start over rather than grow without bound.
                _cache.Clear();
            }

            _cache[keyUrl] = new CachedKey(result.Key, now);
        }

        return result;
    }

    internal static bool IsTrustedOrigin(Uri keyUrl, ConnectWiseOptions options) =>
        TrustedOrigins(options).Any(origin => ConnectWiseRequestHeaders.SameOrigin(keyUrl, origin));

    internal static IEnumerable<Uri> TrustedOrigins(ConnectWiseOptions options)
    {
        if (Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUri))
        {
            yield return new Uri(baseUri.GetLeftPart(UriPartial.Authority));
            if (baseUri.Host.StartsWith("api-", StringComparison.OrdinalIgnoreCase))
            {
                yield return new UriBuilder(baseUri.Scheme, baseUri.Host["api-".Length..], baseUri.Port).Uri;
            }
        }

        foreach (var configured in options.Callbacks?.TrustedKeyOrigins ?? [])
        {
            if (ConnectWiseOptionsRules.TryParseOrigin(configured, out var origin))
            {
                yield return origin;
            }
        }
    }

    private async Task<SigningKeyResult> FetchAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var origin = uri.GetLeftPart(UriPartial.Authority);
        using var timeoutSource = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            var client = _httpClientFactory.CreateClient(ConnectWiseServiceCollectionExtensions.SigningKeyHttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return Fail(origin, $"key_url answered {(int)response.StatusCode} {response.StatusCode}");
            }

            var body = await ReadCappedAsync(response.Content, linked.Token).ConfigureAwait(false);
            if (body is null)
            {
                return Fail(origin, "key_url answer is larger than 16 KB");
            }

            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("signing_key", out var key)
                && key.ValueKind == JsonValueKind.String
                && !string.IsNullOrEmpty(key.GetString()))
            {
                ConnectWiseLog.SigningKeyFetched(_logger, origin);
                return SigningKeyResult.Found(key.GetString()!, fromCache: false);
            }

            return Fail(origin, "key_url answer has no \"signing_key\" string");
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Fail(origin, $"key_url did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return Fail(origin, "key_url could not be reached: " + ex.Message);
        }
        catch (JsonException)
        {
            return Fail(origin, "key_url answer is not JSON");
        }
    }

    private SigningKeyResult Fail(string origin, string reason)
    {
        ConnectWiseLog.SigningKeyFetchFailed(_logger, origin, reason);
        return SigningKeyResult.Failed(reason);
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxKeyBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private sealed record CachedKey(string Key, DateTimeOffset FetchedAt);
}

using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Hosting;

/// <summary>
/// Brotli or gzip for the bridge's text answers (the status page is fetched four times a minute, often on a phone),
/// over HTTPS too, except where compression would leak a secret.
/// </summary>
/// <remarks>
/// BREACH: when a compressed answer carries a secret next to text the requester chose, the compressed length tells
/// an attacker who can send requests and watch sizes how much of their guess matches the secret. So an answer is
/// never compressed when
/// <list type="bullet">
/// <item>the request is not a GET or HEAD (a posted form's answer echoes what was posted);</item>
/// <item>its endpoint is public: the request carries its own proof (a signed acknowledgement link, a feed secret, the
/// sign-in pages and their form), and such pages echo that proof in their links and forms;</item>
/// <item>its handler takes <see cref="IAntiforgery"/>: it issues an antiforgery token (a person's own page, the
/// token endpoint, any form a capability adds);</item>
/// <item>it sets a cookie (a fresh antiforgery or session cookie comes with its token in the page).</item>
/// </list>
/// Everything else is compressed when its type is text/html, text/css, text/csv, text/plain, application/json,
/// image/svg+xml or a script. The rule reads the endpoint's own metadata, so a new page follows it without a list to keep.
/// </remarks>
internal static class ResponseCompressionSetup
{
    /// <summary>The media types worth compressing; every other answer goes out as it is.</summary>
    public static readonly string[] MimeTypes =
        ["text/html", "text/css", "text/csv", "text/plain", "application/json", "image/svg+xml", "text/javascript", "application/javascript"];

    /// <summary>
    /// The compression middleware, outermost, built here rather than registered: its options are the bridge's own and
    /// nothing else in the service resolves them.
    /// </summary>
    public static WebApplication UseBridgeResponseCompression(this WebApplication app)
    {
        var options = new ResponseCompressionOptions { EnableForHttps = true, MimeTypes = MimeTypes };
        // Optimal, not Fastest: the status page of the test host went from 31,597 bytes to 7,398 with gzip (10,219 at Fastest).
        options.Providers.Add(new BrotliCompressionProvider(Options.Create(new BrotliCompressionProviderOptions { Level = CompressionLevel.Optimal })));
        options.Providers.Add(new GzipCompressionProvider(Options.Create(new GzipCompressionProviderOptions { Level = CompressionLevel.Optimal })));
        var provider = new SecretAwareCompressionProvider(new ResponseCompressionProvider(app.Services, Options.Create(options)));
        app.UseMiddleware<ResponseCompressionMiddleware>(provider);
        return app;
    }

    /// <summary>True when an answer must go out uncompressed whatever its type (the rule above).</summary>
    internal static bool CarriesSecret(HttpContext context, Func<Endpoint, bool> endpointRule)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return true;
        }

        if (context.Response.Headers.ContainsKey("Set-Cookie"))
        {
            return true;
        }

        return context.GetEndpoint() is { } endpoint && endpointRule(endpoint);
    }

    /// <summary>A public endpoint, or one whose handler issues antiforgery tokens.</summary>
    internal static bool EndpointCarriesSecret(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<EndpointAccess>() is { IsPublic: true }
        || endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Any(p => p.ParameterType == typeof(IAntiforgery)) == true;

    /// <summary>The framework's choice of encoding and media types, with <see cref="CarriesSecret"/> in front of it.</summary>
    private sealed class SecretAwareCompressionProvider(IResponseCompressionProvider inner) : IResponseCompressionProvider
    {
        private readonly ConcurrentDictionary<Endpoint, bool> _endpoints = new();

        public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

        public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);

        public bool ShouldCompressResponse(HttpContext context) =>
            !CarriesSecret(context, endpoint => _endpoints.GetOrAdd(endpoint, EndpointCarriesSecret)) && inner.ShouldCompressResponse(context);
    }
}

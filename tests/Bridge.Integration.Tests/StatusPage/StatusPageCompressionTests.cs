using System.IO.Compression;
using System.Net;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Xunit.Abstractions;

namespace Bridge.Integration.Tests.StatusPage;

/// <summary>
/// The status page goes out compressed to a browser that asks (it is fetched four times a minute, often on a phone);
/// a page carrying a secret next to what the request chose (an antiforgery token, the sign-in form) never does (BREACH).
/// </summary>
public sealed class StatusPageCompressionTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private IngestHost _bridge = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _bridge = await IngestHost.StartAsync(_sandbox, _dir);
        await _bridge.WaitForPollsAsync();
        await _bridge.WaitForQuietAsync();
    }

    [Fact]
    public async Task Get_StatusPageAskedForGzip_AnswersGzipThatUnpacksToThePage()
    {
        var plain = await GetAsync(_bridge.Http, "/", encoding: null);
        var gzip = await GetAsync(_bridge.Http, "/", "gzip");
        var brotli = await GetAsync(_bridge.Http, "/", "br");

        var unpacked = new MemoryStream();
        await new GZipStream(new MemoryStream(gzip.Body), CompressionMode.Decompress).CopyToAsync(unpacked);
        var unpackedBrotli = new MemoryStream();
        await new BrotliStream(new MemoryStream(brotli.Body), CompressionMode.Decompress).CopyToAsync(unpackedBrotli);
        output.WriteLine($"status page: {plain.Body.Length} bytes as is, {gzip.Body.Length} gzip, {brotli.Body.Length} brotli");

        Assert.Equal(HttpStatusCode.OK, gzip.Response.StatusCode);
        Assert.Empty(plain.Response.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single(gzip.Response.Content.Headers.ContentEncoding));
        Assert.Equal("br", Assert.Single(brotli.Response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", gzip.Response.Headers.Vary);
        Assert.Contains("<section id=\"decisions\"", System.Text.Encoding.UTF8.GetString(unpacked.ToArray()));
        Assert.Contains("<section id=\"decisions\"", System.Text.Encoding.UTF8.GetString(unpackedBrotli.ToArray()));
        Assert.True(gzip.Body.Length * 3 < plain.Body.Length, $"gzip {gzip.Body.Length} bytes of {plain.Body.Length}");
    }

    [Fact]
    public async Task Get_PagesCarryingAToken_AnswerUncompressedEvenWhenAskedForGzip()
    {
        using var anonymous = _bridge.Anonymous();
        var signIn = await GetAsync(anonymous, "/signin?returnUrl=%2F", "gzip, br");
        var token = await GetAsync(_bridge.Http, "/signin/antiforgery", "gzip, br");

        Assert.Equal(HttpStatusCode.OK, signIn.Response.StatusCode);
        Assert.Equal("text/html", signIn.Response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(signIn.Response.Content.Headers.ContentEncoding);
        Assert.Contains("<form", System.Text.Encoding.UTF8.GetString(signIn.Body));
        Assert.Equal(HttpStatusCode.OK, token.Response.StatusCode);
        Assert.Empty(token.Response.Content.Headers.ContentEncoding);
        Assert.Contains("\"token\"", System.Text.Encoding.UTF8.GetString(token.Body));
    }

    private static async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(HttpClient http, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(encoding);
        }

        var response = await http.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

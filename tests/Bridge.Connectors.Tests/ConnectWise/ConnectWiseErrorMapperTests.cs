using System.Net;
using System.Text;
using Bridge.Connectors.ConnectWise;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseErrorMapperTests
{
    private static readonly Uri TicketsUri = new("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/service/tickets?conditions=secret%20stuff");

    private static Task<ConnectWiseApiException> MapAsync(HttpStatusCode status, string body, string mediaType = "application/json", string? retryAfter = null, TimeProvider? time = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TicketsUri);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "c2VjcmV0");
        var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return ConnectWiseErrorMapper.FromResponseAsync(response, time ?? TimeProvider.System);
    }

    [Fact]
    public async Task FromResponse_StandardErrorBody_ReadsCodeMessageAndErrors()
    {
        var ex = await MapAsync(HttpStatusCode.BadRequest, """{"code":"InvalidObject","message":"ticket object is invalid","errors":[{"code":"MissingRequiredField","message":"The summary field is required.","resource":"ticket","field":"summary"}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("InvalidObject", ex.Code);
        Assert.Equal("ticket object is invalid", ex.ServerMessage);
        var error = Assert.Single(ex.Errors);
        Assert.Equal(new ConnectWiseApiError("MissingRequiredField", "The summary field is required.", "ticket", "summary"), error);
        Assert.Equal("POST", ex.Method);
        Assert.Equal("/v4_6_release/apis/3.0/service/tickets", ex.Path);
        Assert.Contains("MissingRequiredField summary", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task FromResponse_Odd429Shape_ReadsErrorAsCodeAndRetryAfterFromHeader()
    {
        var ex = await MapAsync(HttpStatusCode.TooManyRequests, """{"error":"ConnectWiseAPI","message":"Too many requests. Please try again in 30 seconds."}""", retryAfter: "12");

        Assert.True(ex.IsRateLimited);
        Assert.Equal("ConnectWiseAPI", ex.Code);
        Assert.Equal("Too many requests. Please try again in 30 seconds.", ex.ServerMessage);
        Assert.Equal(TimeSpan.FromSeconds(12), ex.RetryAfter);
        Assert.Empty(ex.Errors);
    }

    [Fact]
    public async Task FromResponse_429WithoutHeader_TakesTheWaitFromTheMessage()
    {
        var ex = await MapAsync(HttpStatusCode.TooManyRequests, """{"error":"ConnectWiseAPI","message":"Too many requests. Please try again in 30 seconds."}""");

        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
    }

    [Fact]
    public async Task FromResponse_HttpDateRetryAfter_UsesTheGivenClock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

        var ex = await MapAsync(HttpStatusCode.ServiceUnavailable, "", retryAfter: "Fri, 02 Jan 2026 03:05:05 GMT", time: time);

        Assert.Equal(TimeSpan.FromMinutes(1), ex.RetryAfter);
    }

    [Fact]
    public async Task FromResponse_EmptyBody_SaysSo()
    {
        var ex = await MapAsync(HttpStatusCode.InternalServerError, "");

        Assert.Null(ex.Code);
        Assert.Null(ex.ServerMessage);
        Assert.Contains("empty body", ex.Message, StringComparison.Ordinal);
        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponse_HtmlPage_NamesHtmlAndTheLikelyCause()
    {
        var ex = await MapAsync(HttpStatusCode.NotFound, "<!DOCTYPE html><html><head><title>Page Not Found</title></head><body>...</body></html>", "text/html");

        Assert.Null(ex.Code);
        Assert.Contains("HTML", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Page Not Found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("api-", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponse_PlainText_KeepsAShortSnippet()
    {
        var ex = await MapAsync(HttpStatusCode.BadGateway, "upstream\nconnect error", "text/plain");

        Assert.Contains("upstream connect error", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponse_NeverCarriesCredentialsOrQuery()
    {
        var ex = await MapAsync(HttpStatusCode.Unauthorized, """{"code":"Unauthorized","message":"Invalid credentials"}""");

        Assert.DoesNotContain("c2VjcmV0", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal("Unauthorized", ex.Code);
    }
}

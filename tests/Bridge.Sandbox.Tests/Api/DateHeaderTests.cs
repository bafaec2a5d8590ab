using System.Net;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Api;

/// <summary>A client takes the <c>Date</c> of a response as ConnectWise's clock: it must be the sandbox's, not Kestrel's.</summary>
public sealed class DateHeaderTests : IAsyncLifetime
{
    // Years away from the real clock and with a fraction, so neither Kestrel's date nor rounding can pass.
    private static readonly DateTimeOffset FakeNow = new(2031, 7, 4, 12, 34, 56, 789, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(FakeNow);
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _time });
        _client = _server.CreateApiClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ApiResponse_Date_IsTheSandboxClockTruncatedToWholeSeconds()
    {
        using var response = await _client.GetAsync("service/tickets?pageSize=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Fri, 04 Jul 2031 12:34:56 GMT", Assert.Single(response.Headers.GetValues("Date")));
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), response.Headers.Date);
    }

    [Fact]
    public async Task ApiResponse_AfterTheFakeClockMoves_DateMovesWithIt()
    {
        using var before = await _client.GetAsync("service/tickets/1");
        _time.Advance(TimeSpan.FromMinutes(90));
        using var after = await _client.GetAsync("service/tickets/1");

        Assert.Equal(TimeSpan.FromMinutes(90), after.Headers.Date - before.Headers.Date);
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 14, 4, 56, TimeSpan.Zero), after.Headers.Date);
    }

    [Fact]
    public async Task WriteResponse_Date_MatchesTheLastUpdatedItStamped()
    {
        using var response = await _client.PatchJsonAsync("service/tickets/2", "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"Mail sync fixed?\"}]");
        var ticket = await response.JsonAsync();

        Assert.Equal("2031-07-04T12:34:56Z", (string)ticket!["_info"]!["lastUpdated"]!);
        Assert.Equal(DateTimeOffset.Parse((string)ticket["_info"]!["lastUpdated"]!, System.Globalization.CultureInfo.InvariantCulture), response.Headers.Date);
    }

    [Theory]
    [InlineData("service/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("service/tickets/999", HttpStatusCode.NotFound)]
    [InlineData("service/tickets?page=x", HttpStatusCode.BadRequest)]
    public async Task ErrorResponse_Date_IsTheSandboxClock(string url, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), response.Headers.Date);
    }

    [Fact]
    public async Task UnauthenticatedAndThrottledResponses_Date_IsTheSandboxClock()
    {
        using var anonymous = Http.Anonymous(_server);
        using var unauthorized = await anonymous.GetAsync("service/tickets");
        _server.Faults.FailNext(1, 429, TimeSpan.FromSeconds(3));
        using var throttled = await _client.GetAsync("service/tickets");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests), (unauthorized.StatusCode, throttled.StatusCode));
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), unauthorized.Headers.Date);
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), throttled.Headers.Date);
    }

    [Fact]
    public async Task ControlSurfaceAndDelete_Date_IsTheSandboxClock()
    {
        using var control = new HttpClient { BaseAddress = _server.ControlAddress };
        using var described = await control.GetAsync("");
        using var deleted = await _client.DeleteAsync("service/tickets/4");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), described.Headers.Date);
        Assert.Equal(new DateTimeOffset(2031, 7, 4, 12, 34, 56, TimeSpan.Zero), deleted.Headers.Date);
    }
}

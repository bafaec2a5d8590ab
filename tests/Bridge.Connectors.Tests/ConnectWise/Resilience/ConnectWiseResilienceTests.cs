using System.Diagnostics;
using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;

namespace Bridge.Connectors.Tests.ConnectWise.Resilience;

/// <summary>The registered pipeline against a real loopback server answering a scripted sequence.</summary>
public sealed class ConnectWiseResilienceTests
{
    private static Func<HttpContext, Task> Script(params (int Status, string? RetryAfter)[] answers)
    {
        var next = 0;
        return async ctx =>
        {
            var (status, retryAfter) = answers[Math.Min(Interlocked.Increment(ref next) - 1, answers.Length - 1)];
            ctx.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                ctx.Response.Headers.RetryAfter = retryAfter;
            }

            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync(status < 300 ? """{"id":1}""" : """{"code":"ConnectWiseApi","message":"boom"}""");
        };
    }

    [Fact]
    public async Task CreateTicket_ServerError500_IsNotRetried()
    {
        await using var server = await LoopbackServer.StartAsync(Script((500, null), (201, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.CreateTicketAsync(new Ticket { Summary = "x" }));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task PatchTicket_GatewayTimeout504_IsNotRetried()
    {
        await using var server = await LoopbackServer.StartAsync(Script((504, null), (200, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.PatchTicketAsync(1, [PatchOperation.Replace("summary", "y")]));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task CreateTicket_TooManyRequests429_IsRetriedAndSucceeds()
    {
        await using var server = await LoopbackServer.StartAsync(Script((429, "0"), (201, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ticket = await api.CreateTicketAsync(new Ticket { Summary = "x" });

        Assert.Equal(1, ticket.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("POST", r.Method));
        Assert.All(server.Requests, r => Assert.Equal("""{"summary":"x"}""", r.Body)); // the body is re-sent intact
    }

    [Fact]
    public async Task GetTicket_ServerError500_IsRetriedAndSucceeds()
    {
        await using var server = await LoopbackServer.StartAsync(Script((500, null), (502, null), (200, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ticket = await api.GetTicketAsync(1);

        Assert.Equal(1, ticket.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task GetTicket_ClientError_IsNeverRetried(int status)
    {
        await using var server = await LoopbackServer.StartAsync(Script((status, null), (200, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetTicketAsync(1));

        Assert.Equal(status, (int)ex.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task GetTicket_RetryAfterOneSecond_WaitsThatLongInsteadOfTheShortBackoff()
    {
        await using var server = await LoopbackServer.StartAsync(Script((429, "1"), (200, null)));
        // BaseDelay is 10 ms: a retry after ~1 s can only come from the header.
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var watch = Stopwatch.StartNew();
        var ticket = await api.GetTicketAsync(1);
        watch.Stop();

        Assert.Equal(1, ticket.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task GetTicket_RetryAfterAboveLimit_FailsFastWithRetryAfterOnTheException()
    {
        await using var server = await LoopbackServer.StartAsync(Script((429, "120"), (200, null)));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase));
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetTicketAsync(1));

        Assert.True(ex.IsRateLimited);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Single(server.Requests);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task GetTicket_RepeatedServerErrors_OpenTheCircuitWithAClearMessage()
    {
        await using var server = await LoopbackServer.StartAsync(Script((500, null)));
        var options = TestOptions.For(server.ApiBase, r =>
        {
            r.MaxRetryAttempts = 0;
            r.MinimumThroughput = 2;
            r.FailureRatio = 0.5;
        });
        var logs = new CollectingLoggerProvider();
        await using var sp = ConnectWiseHost.Build(options, logs: logs);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetTicketAsync(1));
        await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.GetTicketAsync(1));
        var broken = await Assert.ThrowsAsync<BrokenCircuitException>(() => api.GetTicketAsync(1));

        Assert.Contains("circuit breaker opened", broken.Message, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count); // the third call never left the process
        Assert.Contains(logs.Entries, e => e.EventId == 1010 && e.Message.Contains("circuit opened for 30 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTicket_AttemptTimeout_IsRetriedForGet()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            ctx.Response.ContentType = "application/json";
            await ctx.Response.WriteAsync("""{"id":3}""");
        });
        var options = TestOptions.For(server.ApiBase, r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        await using var sp = ConnectWiseHost.Build(options);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var ticket = await api.GetTicketAsync(3);

        Assert.Equal(3, ticket.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task CreateTimeEntry_AttemptTimeout_IsNotRetriedAndSurfacesAsTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(async ctx =>
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default));
        var options = TestOptions.For(server.ApiBase, r => r.AttemptTimeout = TimeSpan.FromMilliseconds(300));
        await using var sp = ConnectWiseHost.Build(options);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await Assert.ThrowsAsync<Polly.Timeout.TimeoutRejectedException>(
            () => api.CreateTimeEntryAsync(new TimeEntry { ChargeToId = 1, TimeStart = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }));

        // The entry may exist now; only the outbox may decide to look it up and send it again.
        Assert.Single(server.Requests);
    }
}

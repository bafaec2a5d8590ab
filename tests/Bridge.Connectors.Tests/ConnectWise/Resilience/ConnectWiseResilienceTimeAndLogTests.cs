using System.Text;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Connectors.Tests.ConnectWise.Resilience;

public sealed class ConnectWiseResilienceTimeAndLogTests
{
    private static Func<HttpContext, Task> FailOnceThenOk(int status, string? retryAfter)
    {
        var calls = 0;
        return async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = status;
                if (retryAfter is not null)
                {
                    ctx.Response.Headers.RetryAfter = retryAfter;
                }

                await ctx.Response.WriteAsync("""{"code":"x","message":"y"}""");
                return;
            }

            await ctx.Response.WriteAsync("""{"id":1}""");
        };
    }

    [Fact]
    public async Task GetTicket_RetryAfterThirtySeconds_WaitsOnTheRegisteredTimeProvider()
    {
        await using var server = await LoopbackServer.StartAsync(FailOnceThenOk(429, "30"));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase), time);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        var call = api.GetTicketAsync(1);
        await WaitUntil(() => server.Requests.Count == 1);
        await Task.Delay(200);
        Assert.False(call.IsCompleted);
        Assert.Single(server.Requests);

        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(200);
        Assert.Single(server.Requests);

        time.Advance(TimeSpan.FromSeconds(1));
        var ticket = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, ticket.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetTicket_Retried_LogsTheRetryWithoutAnySecret()
    {
        var logs = new CollectingLoggerProvider();
        await using var server = await LoopbackServer.StartAsync(FailOnceThenOk(503, null));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase), logs: logs);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await api.GetTicketAsync(1);

        var retry = Assert.Single(logs.Entries, e => e.EventId == 1000);
        Assert.Contains("GET /v4_6_release/apis/3.0/service/tickets/1 attempt 1 failed with 503 ServiceUnavailable", retry.Message, StringComparison.Ordinal);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"acme+PubKey123:{TestOptions.PrivateKey}"));
        Assert.All(logs.Entries, e =>
        {
            Assert.DoesNotContain(TestOptions.PrivateKey, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(basic, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TestOptions.ClientId, e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CreateTicket_NotRetried_LogsTheReasonAtDebug()
    {
        var logs = new CollectingLoggerProvider();
        await using var server = await LoopbackServer.StartAsync(FailOnceThenOk(500, null));
        await using var sp = ConnectWiseHost.Build(TestOptions.For(server.ApiBase), logs: logs);
        var api = sp.GetRequiredService<IConnectWiseApi>();

        await Assert.ThrowsAsync<ConnectWiseApiException>(() => api.CreateTicketAsync(new Bridge.Connectors.ConnectWise.Models.Ticket { Summary = "s" }));

        Assert.Contains(logs.Entries, e => e.EventId == 1002 && e.Message.Contains("POST", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.EventId == 1000);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}

using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// A Twilio-shaped SMS gateway on loopback: answers each create call with the next scripted behaviour
/// (then 201 with a fresh sid) and records the form it received.
/// </summary>
public sealed class SmsGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private int _sids;

    private SmsGateway(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Received { get; } = new();

    public static async Task<SmsGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var gateway = new SmsGateway(app);
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            gateway.Received.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            if (gateway._script.TryDequeue(out var behaviour))
            {
                await behaviour(context);
                return;
            }

            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(new { sid = "SM" + Interlocked.Increment(ref gateway._sids), status = "queued" });
        });
        await app.StartAsync();
        gateway.BaseAddress = new Uri(app.Urls.First() + "/");
        return gateway;
    }

    public SmsGateway Then(Func<HttpContext, Task> behaviour)
    {
        _script.Enqueue(behaviour);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

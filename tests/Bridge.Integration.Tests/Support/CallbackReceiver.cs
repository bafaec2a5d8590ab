using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// A real HTTP listener on loopback that records what ConnectWise (the sandbox) posts to it, and the GETs of a push
/// monitor's URL (the bridge's heartbeat).
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private int _count;

    private CallbackReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests received so far (POSTs and GETs).</summary>
    public int Count => Volatile.Read(ref _count);

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app);
        app.MapMethods("/cb", ["GET", "POST"], async (HttpContext context) =>
        {
            Interlocked.Increment(ref receiver._count);
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            await receiver._received.Writer.WriteAsync(new ReceivedCallback(
                buffer.ToArray(), context.Request.Headers["x-content-signature"].ToString(), context.Request.QueryString.Value ?? ""));
            return Results.Ok();
        });
        await app.StartAsync();
        receiver.BaseAddress = new Uri(app.Urls.First());
        return receiver;
    }

    public async Task<ReceivedCallback> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedCallback(byte[] Body, string Signature, string Query);

using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Sandbox.Tests.Support;

/// <summary>A tiny Kestrel listener on loopback that records every POST and answers with scripted statuses.</summary>
internal sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly Queue<int> _statuses;

    private CallbackReceiver(WebApplication app, IEnumerable<int> statuses)
    {
        _app = app;
        _statuses = new Queue<int>(statuses);
    }

    public Uri Address { get; private set; } = null!;

    public static async Task<CallbackReceiver> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var receiver = new CallbackReceiver(app, statuses);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Address = new Uri(address.TrimEnd('/') + "/");
        return receiver;
    }

    /// <summary>The next request received, or a TimeoutException after 10 s.</summary>
    public async Task<ReceivedCallback> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("No callback arrived.");
        }
    }

    public bool TryTake(out ReceivedCallback? callback) => _received.Reader.TryRead(out callback);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        int status;
        lock (_statuses)
        {
            status = _statuses.Count > 0 ? _statuses.Dequeue() : 200;
        }

        await _received.Writer.WriteAsync(new ReceivedCallback(
            context.Request.Path + context.Request.QueryString, context.Request.Headers["x-content-signature"].ToString(), body.ToArray()));
        context.Response.StatusCode = status;
    }
}

internal sealed record ReceivedCallback(string PathAndQuery, string Signature, byte[] Body);

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// The paging app at the other end of the bridge's generic webhook channel: Kestrel on loopback in this process,
/// recording when each page arrived (wall clock and <see cref="Stopwatch"/> timestamp) with its ticket, dedup key,
/// sending instant and acknowledgement link.
/// </summary>
internal sealed class WebhookListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedPage> _pages = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<ReceivedPage>> _firstByTicket = new();

    private WebhookListener(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public int Count => _pages.Count;

    public IReadOnlyList<ReceivedPage> Pages => _pages.ToArray();

    public static async Task<WebhookListener> StartAsync()
    {
        var port = BridgeSettings.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new WebhookListener(app, new Uri($"http://127.0.0.1:{port}/pages"));
        app.MapPost("/pages", listener.ReceiveAsync);
        await app.StartAsync();
        return listener;
    }

    /// <summary>The first page for <paramref name="ticketId"/>, when it arrives.</summary>
    public Task<ReceivedPage> FirstPageFor(int ticketId) => Waiter(ticketId).Task;

    private TaskCompletionSource<ReceivedPage> Waiter(int ticketId) =>
        _firstByTicket.GetOrAdd(ticketId, _ => new TaskCompletionSource<ReceivedPage>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var timestamp = Stopwatch.GetTimestamp();
        var at = DateTimeOffset.UtcNow;
        var body = await JsonNode.ParseAsync(request.Body);
        var page = new ReceivedPage(
            body?["ticket"]?["id"]?.GetValue<int>() ?? 0,
            body?["dedupKey"]?.GetValue<string>() ?? "",
            at,
            timestamp,
            body?["sentAt"]?.GetValue<DateTimeOffset>(),
            body?["actions"]?["acknowledge"]?.GetValue<string>() is { } ack ? new Uri(ack) : null);
        _pages.Enqueue(page);
        Waiter(page.TicketId).TrySetResult(page);
        return Microsoft.AspNetCore.Http.Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The paging app behind the generic webhook channel (<c>Channels:Webhook:Url</c>), on loopback in the test
/// process: counts every page it receives with its dedup key, step, arrival and the bridge that sent it (the port
/// of the page's acknowledgement link is the sender's <c>Escalation:PublicUrl</c>), so a test across several bridge
/// processes can tell a page doubled after a failover from one sent once.
/// </summary>
internal sealed class PageListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<WebhookPage> _pages = new();

    private PageListener(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>Every page received so far, in arrival order.</summary>
    public IReadOnlyList<WebhookPage> Pages => [.. _pages];

    /// <summary>The pages for one ticket, in arrival order.</summary>
    public IReadOnlyList<WebhookPage> For(int ticketId) => [.. _pages.Where(p => p.TicketId == ticketId)];

    public static async Task<PageListener> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var listener = new PageListener(app);
        app.MapPost("/pages", async (HttpRequest request) =>
        {
            var timestamp = Stopwatch.GetTimestamp();
            var body = await JsonNode.ParseAsync(request.Body);
            var ack = (string?)body?["actions"]?["acknowledge"];
            listener._pages.Enqueue(new WebhookPage(
                (int?)body?["ticket"]?["id"] ?? 0,
                (string?)body?["dedupKey"] ?? "",
                (int?)body?["step"] ?? 0,
                DateTimeOffset.UtcNow,
                timestamp,
                ack is null ? null : new Uri(ack)));
            return Results.Ok();
        });
        await app.StartAsync();
        listener.Url = new Uri(app.Urls.First() + "/pages");
        return listener;
    }

    /// <summary>Polls (bounded) until <paramref name="done"/> holds for the pages received.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<WebhookPage>, bool> done, string what, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!done(Pages))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Not received within {timeout.TotalSeconds} s: {what}. Pages: {string.Join(", ", Pages.Select(p => p.DedupKey))}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>
/// A page as the webhook listener received it. The dedup key is <c>incident:ladder:step:repeat:person</c>: the same
/// key twice is the same page sent twice. <see cref="SenderPort"/> is the port of the bridge whose link it carries.
/// </summary>
internal sealed record WebhookPage(int TicketId, string DedupKey, int Step, DateTimeOffset ReceivedAt, long Timestamp, Uri? Acknowledge)
{
    public int SenderPort => Acknowledge?.Port ?? 0;
}

using System.Net;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.StatusPage;

/// <summary><c>GET /</c> over HTTP: a self-contained HTML page whose ticket text cannot inject markup.</summary>
public sealed class StatusPageEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync();

    [Fact]
    public async Task Get_TicketWithMarkupInItsSummary_ShowsItAsTextWithItsDecision()
    {
        await using var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: new Dictionary<string, string?>
        {
            ["Routing:Clients:0:Company"] = "ContosoLaw",
            ["Routing:Clients:0:Contract"] = "Included24x7",
        });
        await bridge.WaitForPollsAsync();
        var id = (int)_sandbox.State.CreateTicket("ContosoLaw", "<script>alert('owned')</script> mail down", t => t.Priority(1))["id"]!;
        await bridge.Poller.PollOnceAsync(CancellationToken.None);
        await bridge.WaitForQuietAsync();

        var response = await bridge.Http.GetAsync("/");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<span class=\"ticket\">#{id}</span> <span class=\"summary\">&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; mail down</span>", page);
        // The one script is the page's own, allowed by its hash; the ticket's markup ran as text.
        Assert.Equal(1, page.Split("<script").Length - 1);
        Assert.Contains("<section id=\"decisions\"", page);
        Assert.Contains("<section id=\"changes\"", page);
        Assert.Contains("<section id=\"health\"", page);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.DoesNotContain("'unsafe-inline' ", policy.Split("script-src")[1].Split(';')[0] + " ");
        Assert.Contains("connect-src 'self'", policy);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Get_NothingSeenYet_SaysSoInEachSection()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        await using var bridge = await IngestHost.StartAsync(sandbox, _dir);
        await bridge.WaitForPollsAsync();

        var page = await bridge.Http.GetStringAsync("/");

        Assert.Contains("No routing decisions yet.", page);
        Assert.Contains("No ticket changes seen yet.", page);
        Assert.Contains("No on-call schedule is configured", page);
        Assert.Contains("No notification channel is configured", page);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

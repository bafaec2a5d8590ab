using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.OnCall;

public sealed class OnCallEndpointTests : IAsyncLifetime
{
    // Wednesday 2025-03-05 12:00 in New York: the spring-forward weekend is inside the next ten shifts.
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 17, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(Now);
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        SandboxConfig.WriteFor(_dir, _sandbox);
        OnCallConfig.AddTo(_dir);
    }

    private async Task<(StoppingBridge App, HttpClient Http)> StartBridge()
    {
        var app = BridgeApplication.Build(
            BridgeCommand.Parse(["--config", _dir.Path], _dir.Path),
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(_time);
            });
        await app.StartAsync();
        return (new StoppingBridge(app), ConsoleClient.For(app));
    }

    /// <summary>
    /// Stops the host before disposing it, as the service itself does. The whole host runs on the
    /// frozen test clock, including the ingest poller's scheduler; disposing a host that was never
    /// stopped shuts that scheduler down from the container's dispose, which waits on the frozen clock.
    /// </summary>
    private sealed class StoppingBridge(WebApplication app) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task<(int Exit, string Out, string Err)> Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["oncall", "--config", _dir.Path, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static List<(DateTimeOffset Start, DateTimeOffset End, string Member)> ShiftLines(string output) =>
        Regex.Matches(output, @"^\s{4}(\S+)\s+(\S+)\s+[\d.]+ h\s+(\S+)", RegexOptions.Multiline)
            .Select(m => (DateTimeOffset.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                          DateTimeOffset.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                          m.Groups[3].Value))
            .ToList();

    [Fact]
    public async Task ScheduleFeed_ParsedWithIcalNet_MatchesTheShiftsTheCliPrints()
    {
        var (app, http) = await StartBridge();
        string feed;
        string personFeed;
        await using (app)
        {
            var response = await http.GetAsync($"/oncall/{OnCallConfig.Schedule}.ics");
            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
            feed = await response.Content.ReadAsStringAsync();
            personFeed = await http.GetStringAsync("/oncall/people/bruiz.ics");
        }

        var events = Ical.Net.Calendar.Load(feed)!.Events
            .Select(e => (Start: new DateTimeOffset(e.Start!.AsUtc), End: new DateTimeOffset(e.End!.AsUtc), e.Summary, e.Uid))
            .OrderBy(e => e.Start).ToList();
        var (exit, output, error) = await Cli("--schedule", OnCallConfig.Schedule, "--at", Now.ToString("o"), "--next", "10");
        var printed = ShiftLines(output);

        Assert.True(exit == 0, error);
        Assert.Equal(10, printed.Count);
        var upcoming = events.Where(e => e.End > Now).Take(10).ToList();
        Assert.Equal(printed.Select(p => (p.Start, p.End)), upcoming.Select(e => (e.Start, e.End)));
        Assert.All(printed.Zip(upcoming), pair => Assert.Contains($"({pair.First.Member})", pair.Second.Summary));
        Assert.Contains(printed, p => p.End - p.Start == TimeSpan.FromHours(62)); // the spring-forward weekend
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());

        var bruiz = Ical.Net.Calendar.Load(personFeed)!.Events.ToList();
        Assert.NotEmpty(bruiz);
        Assert.All(bruiz, e => Assert.Contains(events, s => s.Uid == e.Uid && s.Summary!.Contains("(bruiz)", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PostOverride_ValidJson_StoredListedAndAnswersChange()
    {
        var (app, http) = await StartBridge();
        await using var _ = app;

        var created = await http.PostAsJsonAsync($"/oncall/{OnCallConfig.Schedule}/overrides",
            new { person = "anguyen", @for = "cokafor", from = "2025-03-05 18:00", to = "2025-03-06 06:00", note = "swap" });
        var list = JsonDocument.Parse(await http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}/overrides")).RootElement;
        var during = JsonDocument.Parse(await http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}?at=2025-03-05T20:00-05:00")).RootElement;
        var after = JsonDocument.Parse(await http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}?at=2025-03-06T07:00-05:00")).RootElement;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = Assert.Single(list.EnumerateArray());
        Assert.Equal("anguyen", stored.GetProperty("person").GetString());
        Assert.Equal("cokafor", stored.GetProperty("for").GetString());
        Assert.Equal("anguyen", during.GetProperty("member").GetString());
        Assert.EndsWith("covering cokafor", during.GetProperty("source").GetString());
        Assert.Equal("cokafor", after.GetProperty("member").GetString()); // the week's rotation owner again
    }

    [Fact]
    public async Task PostOverride_UnknownPersonOrSchedule_RefusedAndNothingStored()
    {
        var (app, http) = await StartBridge();
        await using var _ = app;

        var bad = await http.PostAsJsonAsync($"/oncall/{OnCallConfig.Schedule}/overrides",
            new { person = "ghost", from = "2025-03-05 18:00", to = "2025-03-06 06:00" });
        var missing = await http.PostAsJsonAsync("/oncall/nope/overrides",
            new { person = "bruiz", from = "2025-03-05 18:00", to = "2025-03-06 06:00" });
        var list = JsonDocument.Parse(await http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}/overrides")).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'ghost'", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task CliOverride_ServiceStopped_StoredAndShownByTheRunningServiceLater()
    {
        var (exit, output, error) = await Cli("override", "--schedule", OnCallConfig.Schedule, "--person", "cokafor",
            "--from", "2099-03-06 18:00", "--to", "2099-03-07 06:00");
        Assert.True(exit == 0, error);
        Assert.Contains("stored", output);

        var (app, http) = await StartBridge();
        await using var _ = app;
        var during = JsonDocument.Parse(await http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}?at=2099-03-06T20:00")).RootElement;

        Assert.Equal("cokafor", during.GetProperty("member").GetString());
        var audit = JsonDocument.Parse(await http.GetStringAsync("/audit.json?action=override.")).RootElement;
        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal(("console", "cli"), (entry.GetProperty("actor").GetString(), entry.GetProperty("via").GetString()));
        Assert.Contains("cokafor", entry.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CliOverride_ServiceRunning_RefusedPointingAtTheEndpoint()
    {
        var (app, _) = await StartBridge();
        await using var running = app;

        var (exit, _, error) = await Cli("override", "--schedule", OnCallConfig.Schedule, "--person", "cokafor",
            "--from", "2099-03-06 18:00", "--to", "2099-03-07 06:00");

        Assert.Equal(1, exit);
        Assert.Contains("POST /oncall/{schedule}/overrides", error);
    }

    [Fact]
    public async Task CliGaps_CoverageFullyStaffed_NoneAndExitZero()
    {
        var (exit, output, error) = await Cli("--at", "2025-03-05 12:00", "--next", "0", "--gaps", "--days", "30");

        Assert.True(exit == 0, error);
        Assert.Contains("Gaps in the next 30 days: none", output);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

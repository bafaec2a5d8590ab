using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Access.Audit;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Access;

/// <summary>
/// The audit trail and the secret feed URLs through the real host on loopback: an override is recorded with who and
/// where, a secret URL serves the calendar the old route serves, a rotation kills the old URL, the sweep forgets
/// what is past the retention. Admin endpoints are called without credentials (sign-in is not wired yet).
/// </summary>
public sealed class OnCallAuditAndFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 17, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private SandboxServer _sandbox = null!;
    private IngestHost _host = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        _host = await IngestHost.StartAsync(_sandbox, _dir,
            extra: new Dictionary<string, string?> { ["Access:AuditRetention"] = "30.00:00:00" },
            configureServices: services => services.AddSingleton<TimeProvider>(_clock),
            prepare: OnCallConfig.AddTo);
        await _host.WaitForPollsAsync();
    }

    private HttpClient Http => _host.Http;

    private async Task<List<JsonElement>> AuditAsync(string query = "") =>
        JsonDocument.Parse(await Http.GetStringAsync("/audit.json" + query)).RootElement.EnumerateArray().ToList();

    private async Task<Dictionary<string, string>> FeedUrlsAsync() =>
        JsonDocument.Parse(await Http.GetStringAsync("/oncall/feeds")).RootElement.EnumerateArray()
            .ToDictionary(f => f.GetProperty("kind").GetString() + " " + f.GetProperty("name").GetString(), f => f.GetProperty("url").GetString()!);

    [Fact]
    public async Task PostOverride_RecordsOverrideAdded_WithActorSubjectAndVia()
    {
        var created = await Http.PostAsJsonAsync($"/oncall/{OnCallConfig.Schedule}/overrides",
            new { person = "anguyen", @for = "cokafor", from = "2025-03-05 18:00", to = "2025-03-06 06:00", note = "swap" });
        var refused = await Http.PostAsJsonAsync($"/oncall/{OnCallConfig.Schedule}/overrides",
            new { person = "ghost", from = "2025-03-05 18:00", to = "2025-03-06 06:00" });
        var entries = await AuditAsync("?action=override.");
        var page = await Http.GetStringAsync("/audit?actor=console");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var entry = Assert.Single(entries); // the refused one changed nothing, so it is not an action taken
        Assert.Equal("override.added", entry.GetProperty("action").GetString());
        Assert.Equal("console", entry.GetProperty("actor").GetString());
        Assert.Equal($"schedule {OnCallConfig.Schedule}", entry.GetProperty("subject").GetString());
        Assert.Equal("cli", entry.GetProperty("via").GetString());
        Assert.Contains("anguyen covers cokafor", entry.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(Now, entry.GetProperty("at").GetDateTimeOffset());
        Assert.Contains("<td>override.added</td>", page, StringComparison.Ordinal);
        Assert.Contains("anguyen covers cokafor", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretFeedUrl_ServesTheSameCalendarAsTheOldRoutes()
    {
        var urls = await FeedUrlsAsync();
        var schedule = await Http.GetAsync(urls[$"schedule {OnCallConfig.Schedule}"]);
        var person = await Http.GetStringAsync(urls["person bruiz"]);

        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        Assert.Equal("text/calendar", schedule.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await Http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}.ics"), await schedule.Content.ReadAsStringAsync());
        Assert.Equal(await Http.GetStringAsync("/oncall/people/bruiz.ics"), person);
        Assert.StartsWith($"http://127.0.0.1:{_host.Port}/oncall/feeds/", urls["person bruiz"], StringComparison.Ordinal);
        Assert.Equal(urls, await FeedUrlsAsync()); // listing again hands out the same URLs
        Assert.Equal(4 + 1, urls.Count);
    }

    [Fact]
    public async Task Rotate_OldUrlAnswers404LikeAnUnknownOne_NewUrlServes_AndTheRotationIsAudited()
    {
        var old = (await FeedUrlsAsync())[$"schedule {OnCallConfig.Schedule}"];
        var rotated = await Http.PostAsync($"/oncall/feeds/schedule/{OnCallConfig.Schedule}/rotate", null);
        var fresh = JsonDocument.Parse(await rotated.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;

        var oldAnswer = await Http.GetAsync(old);
        var unknownAnswer = await Http.GetAsync("/oncall/feeds/" + new string('A', 43) + ".ics");
        var newAnswer = await Http.GetAsync(fresh);
        var audit = await AuditAsync("?action=feed.rotated");

        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.NotFound, oldAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownAnswer.StatusCode);
        Assert.Equal(await unknownAnswer.Content.ReadAsStringAsync(), await oldAnswer.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, newAnswer.StatusCode);
        Assert.Equal(await Http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}.ics"), await newAnswer.Content.ReadAsStringAsync());
        Assert.Equal(fresh, (await FeedUrlsAsync())[$"schedule {OnCallConfig.Schedule}"]);
        var entry = Assert.Single(audit);
        Assert.Equal($"schedule {OnCallConfig.Schedule}", entry.GetProperty("subject").GetString());
        Assert.DoesNotContain(fresh[(fresh.LastIndexOf('/') + 1)..^4], entry.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(fresh[(fresh.LastIndexOf('/') + 1)..^4], LoggedText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Http.PostAsync("/oncall/feeds/person/ghost/rotate", null)).StatusCode);
    }

    [Fact]
    public async Task Sweep_OnTheTestClock_ForgetsEntriesOlderThanTheRetention()
    {
        var audit = _host.App.Services.GetRequiredService<IAuditTrail>();
        var sweeper = _host.App.Services.GetRequiredService<AuditSweeper>();
        audit.Record(new AuditEvent("alice", "outbox.retried", "outbox record 1", Via: "web"));
        _clock.Advance(TimeSpan.FromDays(20));
        audit.Record(new AuditEvent("bob", "outbox.dismissed", "outbox record 2", Via: "web"));

        var before = sweeper.Sweeps;
        _clock.Advance(TimeSpan.FromDays(10) + TimeSpan.FromHours(1));
        await WaitAsync(() => sweeper.Sweeps > before, "the hourly sweep");

        Assert.Equal(["bob"], (await AuditAsync()).Select(e => e.GetProperty("actor").GetString()));
    }

    private string LoggedText() => string.Concat(Directory.Exists(_host.LogDirectory)
        ? Directory.EnumerateFiles(_host.LogDirectory).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        })
        : []);

    private static async Task WaitAsync(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited in vain for {what}.");
            await Task.Delay(10);
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

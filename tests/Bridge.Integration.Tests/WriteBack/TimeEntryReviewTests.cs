using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Bridge.Worker.WriteBack.TimeEntries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>
/// The review of technicians' time entries, through the running bridge: its first read looks back a week, not at
/// every entry ever written, and the work type it corrects is an outbox write like every other.
/// </summary>
public sealed class TimeEntryReviewTests : WriteBackTestBase
{
    // The sandbox stamps lastUpdated with a clock of its own, which starts ten days before the bridge's.
    private readonly FakeTimeProvider _cwClock = new(Night.AddDays(-10));

    protected override SandboxOptions SandboxOptions => new() { TimeProvider = _cwClock };

    protected override int CreateTicket() =>
        (int)Sandbox.State.CreateTicket("ContosoLaw", "Server down", t => t.Priority(1).Owner("cokafor"))["id"]!;

    // The test runs each review itself: the reviewer's own loop would review at start too, and once the outbox had
    // corrected the entry, a later review rightly finds it matching.
    private Task<WriteBackBridge> StartCorrectingAsync() =>
        StartBridgeAsync(new Dictionary<string, string?> { ["WriteBack:TimeEntries:Correct"] = "true", ["WriteBack:TimeEntries:Review"] = "false" });

    [Fact]
    public async Task FirstRun_ReadsOnlyTheLastWeek_AndTheCorrectionIsAnOutboxRecord_ReadBeforeItsPatch()
    {
        // Both logged as Regular at 02:00 on an after-hours billable contract; the first ten days ago.
        var old = await TechnicianTime.PostAsync(Sandbox, TicketId, Night.AddDays(-10).AddMinutes(-10), "Regular");
        _cwClock.SetUtcNow(Night.AddHours(-1));
        var recent = await TechnicianTime.PostAsync(Sandbox, TicketId, Night.AddMinutes(-10), "Regular");
        _cwClock.SetUtcNow(Night);

        await using var bridge = await StartCorrectingAsync();
        var reviewer = bridge.Host.App.Services.GetRequiredService<TimeEntryReviewer>();
        await reviewer.ReviewOnceAsync(CancellationToken.None);
        await bridge.DriveUntilSettledAsync(1);

        var reads = Sandbox.Requests.Entries.Where(r => r.Method == "GET" && r.ApiPath == "time/entries").Select(r => r.Query["conditions"]).ToList();
        // A week back from the bridge's clock, which the start may have moved on by the seconds it drove.
        var from = DateTimeOffset.Parse(System.Text.RegularExpressions.Regex.Match(reads[0], @"lastUpdated > \[([^\]]+)\]").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(from, new DateTimeOffset(2026, 2, 24, 7, 10, 0, TimeSpan.Zero), new DateTimeOffset(2026, 2, 24, 7, 20, 0, TimeSpan.Zero));
        Assert.All(reads, c => Assert.Contains("lastUpdated > [", c, StringComparison.Ordinal));
        var store = bridge.Host.App.Services.GetRequiredService<TimeEntryReviewStore>();
        Assert.Null(store.Get(old));
        Assert.Equal(TimeEntryVerdict.Corrected, store.Get(recent)!.Verdict);

        var record = Assert.Single(bridge.Outbox.ForTicket(TicketId), r => r.Kind == OutboxKind.TimeEntryWorkType);
        Assert.Equal((OutboxState.Sent, 1, recent), (record.State, record.Attempts, record.ConnectWiseId));
        var log = Sandbox.Requests.Entries.ToList();
        var patch = Assert.Single(log, r => r.Method == "PATCH");
        Assert.Equal($"time/entries/{recent}", patch.ApiPath);
        Assert.Contains(log.Take(log.IndexOf(patch)), r => r.Method == "GET" && r.ApiPath == $"time/entries/{recent}");
        Assert.Equal(("After Hours", "Regular"), (WorkType(recent), WorkType(old)));
        Assert.Contains(bridge.TimelineView.ForTicket(TicketId), e => e.Kind == TimelineKind.WriteBack && e.Result == "applied"
            && e.Text == $"set the work type of time entry {recent} from 'Regular' to 'After Hours'");
    }

    [Fact]
    public async Task Correction_WorkTypeChangedByAPersonBeforeTheOutboxWrites_Kept()
    {
        _cwClock.SetUtcNow(Night);
        var entry = await TechnicianTime.PostAsync(Sandbox, TicketId, Night.AddMinutes(-10), "Regular");
        // The outbox's first read of the entry fails; its retry waits on the bridge's clock, which only the test moves.
        Sandbox.Faults.FailNext(1, 503, pathContains: $"time/entries/{entry}");
        await using var bridge = await StartCorrectingAsync();
        await bridge.Host.App.Services.GetRequiredService<TimeEntryReviewer>().ReviewOnceAsync(CancellationToken.None);
        await UntilAsync(() => Sandbox.Requests.Count("GET", $"time/entries/{entry}") > 0, "the outbox read the entry");
        using (var api = Sandbox.CreateApiClient())
        {
            var patch = """[{ "op": "replace", "path": "workType", "value": { "name": "No Charge" } }]""";
            (await api.PatchAsync($"time/entries/{entry}", new StringContent(patch, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }

        await bridge.DriveUntilSettledAsync(1);

        var record = Assert.Single(bridge.Outbox.ForTicket(TicketId), r => r.Kind == OutboxKind.TimeEntryWorkType);
        Assert.Equal(OutboxState.Skipped, record.State);
        Assert.Contains("changed after the review read it (then 'Regular')", record.Outcome, StringComparison.Ordinal);
        Assert.Equal("No Charge", WorkType(entry));
        Assert.Equal(1, Sandbox.Requests.Count("PATCH", "time/entries"));
    }

    /// <summary>Waits in real time, without moving the bridge's clock.</summary>
    private static async Task UntilAsync(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not reached: {what}");
            await Task.Delay(20);
        }
    }

    private string WorkType(int entryId) =>
        (string)Sandbox.State.TimeEntries(TicketId).Single(e => (int)e["id"]! == entryId)["workType"]!["name"]!;
}

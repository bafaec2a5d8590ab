using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Hosting;
using Bridge.Worker.Storage;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>An acknowledged P1's timeline ends in the ConnectWise ticket once, whatever happens to the answers or the host.</summary>
public sealed class AcknowledgedP1WriteBackTests : IAsyncLifetime
{
    // Tuesday 02:10 in New York: after hours, so ContosoLaw (AfterHoursBillable) is billed at the after-hours rate.
    private static readonly DateTimeOffset Night = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Night);
    private SandboxServer _sandbox = null!;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Exchange down for the whole office", t => t.Priority(1).Owner("anguyen"))["id"]!;
    }

    [Fact]
    public async Task AcknowledgedP1_Timeline_TicketGetsStatusNotesAndEntriesOnce()
    {
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        Assert.StartsWith("after-hours", bridge.Decisions(_ticketId)[^1].Billing, StringComparison.Ordinal);

        bridge.Write(AcknowledgedP1.Lines(_ticketId, Night));
        // The clock stands still: nothing here should need a timeout or a backoff to pass.
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records, step: TimeSpan.Zero);

        AssertWrittenOnce(bridge);
        Assert.All(bridge.Outbox.ForTicket(_ticketId), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task AcknowledgedP1_FirstAnswerOfEveryCreateLostAfterCommit_LooksUpInsteadOfPostingAgain()
    {
        _sandbox.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        _sandbox.Faults.LoseFirstAnswerOfEachCreate("time/entries", LostAnswer.ConnectionReset);
        await using var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);

        bridge.Write(AcknowledgedP1.Lines(_ticketId, Night));
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records);

        Assert.Equal(AcknowledgedP1.Notes + AcknowledgedP1.ContactAttempts + 1, _sandbox.Faults.AnswersLost);
        AssertWrittenOnce(bridge);
        var creates = bridge.Outbox.ForTicket(_ticketId).Where(r => r.Kind != OutboxKind.Status).ToList();
        Assert.All(creates, r => Assert.True(r.MayExist && r.Attempts >= 2 && r.Outcome!.Contains("already on ticket", StringComparison.Ordinal), bridge.Describe()));
    }

    [Fact]
    public async Task AcknowledgedP1_HostStoppedWhileANoteIsInFlight_RestartFindsItAndWritesTheRestOnce()
    {
        _sandbox.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        var writes = new TicketWrites(_sandbox, _ticketId);
        await using (var first = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock))
        {
            first.Write(AcknowledgedP1.Lines(_ticketId, Night));
            // The first note is committed in the sandbox and its answer never comes: stop the host right there.
            await first.DriveUntilAsync(() => writes.Notes.Count == 1 && first.Outbox.OpenRecords().Any(r => r.State == OutboxState.Sending),
                "first note committed, its answer pending", step: TimeSpan.Zero);
            Assert.InRange(first.Outbox.ForTicket(_ticketId).Count(r => r.State == OutboxState.Sent), 1, AcknowledgedP1.Records - 1);
        }

        await using var second = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        await second.DriveUntilSettledAsync(AcknowledgedP1.Records);

        AssertWrittenOnce(second);
        Assert.Equal(AcknowledgedP1.Notes, _sandbox.Faults.AnswersLost);
    }

    [Fact]
    public async Task AcknowledgedP1_CrashLeftANoteSending_RestartLooksItUpInsteadOfPostingAgain()
    {
        _sandbox.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        var writes = new TicketWrites(_sandbox, _ticketId);
        await using (var first = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock))
        {
            first.Write(AcknowledgedP1.Lines(_ticketId, Night));
            await first.DriveUntilAsync(() => writes.Notes.Count == 1 && first.Outbox.OpenRecords().Any(r => r.State == OutboxState.Sending),
                "first note committed, its answer pending", step: TimeSpan.Zero);
        }

        // What a crash (rather than a stop) leaves: the record still sending, nothing said about its outcome.
        using (var database = new BridgeDatabase(Options.Create(new StorageOptions()), new BridgeEnvironment(_dir.Path), TimeProvider.System, NullLogger<BridgeDatabase>.Instance))
        {
            var store = new OutboxStore(database);
            var cut = Assert.Single(store.OpenRecords(), r => r.Kind == OutboxKind.Note && r.Attempts == 1 && r.State != OutboxState.Pending);
            (cut.State, cut.MayExist, cut.SendingDeadline, cut.LastError) = (OutboxState.Sending, false, Night.AddYears(1), null);
            database.Write(() => store.Update(cut));
        }

        await using var second = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock);
        await second.DriveUntilSettledAsync(AcknowledgedP1.Records);

        AssertWrittenOnce(second);
        Assert.Contains(second.Outbox.ForTicket(_ticketId), r => r.Kind == OutboxKind.Note && r.Outcome!.Contains("already on ticket", StringComparison.Ordinal) && r.LastError!.Contains("interrupted", StringComparison.Ordinal));
    }

    private void AssertWrittenOnce(WriteBackBridge bridge)
    {
        var writes = new TicketWrites(_sandbox, _ticketId);
        var records = bridge.Outbox.ForTicket(_ticketId);
        Assert.True(records.All(r => r.State == OutboxState.Sent), bridge.Describe());
        Assert.Equal(AcknowledgedP1.Records, records.Count);

        Assert.Equal("Completed", writes.StatusName);
        Assert.Equal(2, writes.AcceptedWrites().Count(w => w == "status"));

        Assert.Equal(
            [
                "02:13 paged Anh Nguyen by sms (sent)",
                "02:28 no answer, paged Beatriz Ruiz by sms and email (sent)",
                "02:31 Beatriz Ruiz acknowledged (link)",
                "03:01 Beatriz Ruiz resolved, 30 min worked: Restarted the mail transport service",
            ],
            writes.Notes.OrderBy(n => (int)n["id"]!).Select(n => ((string)n["text"]!).Split("\n\n")[0]));
        Assert.All(writes.Notes, n => Assert.True((bool)n["internalAnalysisFlag"]!));

        var entries = writes.TimeEntries.OrderBy(e => (int)e["id"]!).ToList();
        Assert.Equal(AcknowledgedP1.ContactAttempts + 1, entries.Count);
        Assert.All(entries.Take(AcknowledgedP1.ContactAttempts), e => Assert.Equal(0m, (decimal)e["actualHours"]!));
        Assert.StartsWith("Contact attempt 02:13: paged Anh Nguyen by sms (sent)", (string)entries[0]["notes"]!, StringComparison.Ordinal);
        var worked = entries[^1];
        Assert.Equal((0.5m, "After Hours", "bruiz", "Billable"),
            ((decimal)worked["actualHours"]!, (string)worked["workType"]!["name"]!, (string)worked["member"]!["identifier"]!, (string)worked["billableOption"]!));

        Assert.Equal(writes.Markers.Count, writes.Markers.Distinct().Count());
        Assert.Equal(AcknowledgedP1.Notes + AcknowledgedP1.ContactAttempts + 1, writes.Markers.Count);
        Assert.Equal(AcknowledgedP1.Records, writes.AcceptedWrites().Count);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

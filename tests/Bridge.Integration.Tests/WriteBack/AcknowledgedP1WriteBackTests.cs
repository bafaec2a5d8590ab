using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>An acknowledged P1's timeline ends in the ConnectWise ticket once, whatever happens to the answers or the host.</summary>
public sealed class AcknowledgedP1WriteBackTests : WriteBackTestBase
{
    [Fact]
    public async Task AcknowledgedP1_Timeline_TicketGetsStatusNotesAndEntriesOnce()
    {
        await using var bridge = await StartBridgeAsync();
        Assert.StartsWith("after-hours", bridge.Decisions(TicketId)[^1].Billing, StringComparison.Ordinal);

        bridge.Write(AcknowledgedP1.Lines(TicketId, Night));
        // The clock stands still: nothing here should need a timeout or a backoff to pass.
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records, step: TimeSpan.Zero);

        AssertWrittenOnce(bridge);
        Assert.All(bridge.Outbox.ForTicket(TicketId), r => Assert.Equal(1, r.Attempts));
    }

    [Fact]
    public async Task AcknowledgedP1_FirstAnswerOfEveryCreateLostAfterCommit_LooksUpInsteadOfPostingAgain()
    {
        Sandbox.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        Sandbox.Faults.LoseFirstAnswerOfEachCreate("time/entries", LostAnswer.ConnectionReset);
        await using var bridge = await StartBridgeAsync();

        bridge.Write(AcknowledgedP1.Lines(TicketId, Night));
        await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records);

        Assert.Equal(AcknowledgedP1.Notes + AcknowledgedP1.ContactAttempts + 1, Sandbox.Faults.AnswersLost);
        AssertWrittenOnce(bridge);
        var creates = bridge.Outbox.ForTicket(TicketId).Where(r => r.Kind != OutboxKind.Status).ToList();
        Assert.All(creates, r => Assert.True(r.MayExist && r.Attempts >= 2 && r.Outcome!.Contains("already on ticket", StringComparison.Ordinal), bridge.Describe()));
    }

    [Fact]
    public async Task AcknowledgedP1_HostStoppedWhileANoteIsInFlight_RestartFindsItAndWritesTheRestOnce()
    {
        var sentBeforeStop = await StopWhileTheFirstNoteIsInFlightAsync();
        Assert.InRange(sentBeforeStop, 1, AcknowledgedP1.Records - 1);

        await using var second = await StartBridgeAsync();
        await second.DriveUntilSettledAsync(AcknowledgedP1.Records);

        AssertWrittenOnce(second);
        Assert.Equal(AcknowledgedP1.Notes, Sandbox.Faults.AnswersLost);
    }

    [Fact]
    public async Task AcknowledgedP1_CrashLeftANoteSending_RestartLooksItUpInsteadOfPostingAgain()
    {
        await StopWhileTheFirstNoteIsInFlightAsync();

        // What a crash (rather than a stop) leaves: the record still sending, nothing said about its outcome.
        using (var database = new BridgeDatabase(Options.Create(new StorageOptions()), new BridgeEnvironment(Dir.Path), TimeProvider.System, NullLogger<BridgeDatabase>.Instance))
        {
            var store = new OutboxStore(database);
            var cut = Assert.Single(store.OpenRecords(), r => r.Kind == OutboxKind.Note && r.Attempts == 1 && r.State != OutboxState.Pending);
            (cut.State, cut.MayExist, cut.SendingDeadline, cut.LastError) = (OutboxState.Sending, false, Night.AddYears(1), null);
            database.Write(() => store.Update(cut));
        }

        await using var second = await StartBridgeAsync();
        await second.DriveUntilSettledAsync(AcknowledgedP1.Records);

        AssertWrittenOnce(second);
        Assert.Contains(second.Outbox.ForTicket(TicketId), r => r.Kind == OutboxKind.Note && r.Outcome!.Contains("already on ticket", StringComparison.Ordinal) && r.LastError!.Contains("interrupted", StringComparison.Ordinal));
    }

    /// <summary>
    /// Runs the timeline until the first note is committed in the sandbox with its answer held back, then stops the
    /// host right there; returns how many records were sent before.
    /// </summary>
    private async Task<int> StopWhileTheFirstNoteIsInFlightAsync()
    {
        Sandbox.Faults.LoseFirstAnswerOfEachCreate("/notes", LostAnswer.Timeout);
        var writes = Writes;
        await using var first = await StartBridgeAsync();
        first.Write(AcknowledgedP1.Lines(TicketId, Night));
        await first.DriveUntilAsync(() => writes.Notes.Count == 1 && first.Outbox.OpenRecords().Any(r => r.State == OutboxState.Sending),
            "first note committed, its answer pending", step: TimeSpan.Zero);
        return first.Outbox.ForTicket(TicketId).Count(r => r.State == OutboxState.Sent);
    }

    private void AssertWrittenOnce(WriteBackBridge bridge)
    {
        var writes = Writes;
        var records = bridge.Outbox.ForTicket(TicketId);
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
}

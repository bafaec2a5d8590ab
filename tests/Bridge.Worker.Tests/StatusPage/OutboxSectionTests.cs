using Bridge.Worker.Kernel;
using Bridge.Worker.StatusPage;
using Bridge.Worker.StatusPage.Sections;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.StatusPage;

/// <summary>The outbox block over a real state file: counts per state, the day's sent writes, the oldest pending, parked records with their error.</summary>
public abstract class OutboxSectionTests : IDisposable
{
    /// <summary>Tuesday 24 November 2026, 02:14 EST.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 14, 0, TimeSpan.Zero);

    private readonly StateFile _state;
    private readonly OutboxStore _store;
    private BridgeMode _mode = BridgeMode.Live;
    private int _keys;

    protected OutboxSectionTests(StorageProvider provider)
    {
        _state = new StateFile(Now, provider);
        _store = new OutboxStore(_state.Database);
    }

    [Fact]
    public async Task WriteAsync_NothingEverQueued_SaysWhatWillQueueHere()
    {
        var (html, result) = await RenderAsync();

        Assert.Contains("Nothing written to ConnectWise yet.", html, StringComparison.Ordinal);
        Assert.Equal(StatusLevel.Ok, result.Level);
    }

    [Fact]
    public async Task WriteAsync_RecordsInSeveralStates_CountsEachAndOnlyTheLastDaysSent()
    {
        Add(OutboxState.Pending, Now.AddMinutes(-5));
        Add(OutboxState.Pending, Now.AddMinutes(-2));
        Add(OutboxState.Sending, Now.AddMinutes(-1));
        Add(OutboxState.Sent, Now.AddHours(-30), completed: Now.AddHours(-30));
        Add(OutboxState.Sent, Now.AddHours(-2), completed: Now.AddHours(-2));
        Add(OutboxState.Sent, Now.AddMinutes(-20), completed: Now.AddMinutes(-20));

        var (html, result) = await RenderAsync();

        Assert.Contains("<li class=\"some\" data-state=\"Pending\"><b>2</b> pending</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"some\" data-state=\"Sending\"><b>1</b> sending</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"zero\" data-state=\"Parked\"><b>0</b> parked</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li data-state=\"Sent\"><b>2</b> sent in 24 h</li>", html, StringComparison.Ordinal);
        Assert.Equal((StatusLevel.Ok, "3 waiting"), (result.Level, result.Note));
    }

    [Fact]
    public async Task WriteAsync_FailedAndUnknown_WarningCountingBothAsRetrying()
    {
        Add(OutboxState.Failed, Now.AddMinutes(-10), error: "503 Service Unavailable");
        Add(OutboxState.Unknown, Now.AddMinutes(-9));

        var (html, result) = await RenderAsync();

        Assert.Contains("<li class=\"lvl-warn\" data-state=\"Failed\"><b>1</b> failed</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"lvl-warn\" data-state=\"Unknown\"><b>1</b> unknown</li>", html, StringComparison.Ordinal);
        Assert.Equal((StatusLevel.Warning, "2 retrying", (string?)null), (result.Level, result.Note, result.Attention));
    }

    [Fact]
    public async Task WriteAsync_AParkedRecord_CriticalListingItWithTheErrorConnectWiseGave()
    {
        Add(OutboxState.Failed, Now.AddMinutes(-10));
        var parked = Add(OutboxState.Parked, Now.AddMinutes(-30), error: "400 TimeEntryApi: the ticket is closed", summary: "time entry for <b>Anh</b> & co", kind: OutboxKind.TimeEntry);

        var (html, result) = await RenderAsync();

        Assert.Contains("<li class=\"lvl-crit\" data-state=\"Parked\"><b>1</b> parked</li>", html, StringComparison.Ordinal);
        Assert.Contains($"<li id=\"outbox-{parked.Id}\"><span class=\"dot lvl-crit\"></span><span class=\"title\">#{parked.Id} TimeEntry for ticket #7</span>", html, StringComparison.Ordinal);
        Assert.Contains("time entry for &lt;b&gt;Anh&lt;/b&gt; &amp; co · 400 TimeEntryApi: the ticket is closed", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Anh", html, StringComparison.Ordinal);
        Assert.Equal((StatusLevel.Critical, "1 write parked: ConnectWise refused it and it will not be retried"), (result.Level, result.Attention));
    }

    [Fact]
    public async Task WriteAsync_PendingRecords_AgeOfTheOldestPendingOne()
    {
        Add(OutboxState.Pending, Now.AddMinutes(-3), ticketId: 8);
        Add(OutboxState.Pending, Now.AddMinutes(-185), ticketId: 9);

        var (html, _) = await RenderAsync();

        Assert.Contains("Oldest pending: ticket #9, waiting 3 h 5 min (since <time datetime=\"2026-11-24T04:09:00Z\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ShadowMode_SaysNothingIsWrittenAndNotesIt()
    {
        _mode = BridgeMode.Shadow;
        Add(OutboxState.Shadowed, Now.AddMinutes(-3));

        var (html, result) = await RenderAsync();

        Assert.Contains("<li class=\"some\" data-state=\"Shadowed\"><b>1</b> shadowed</li>", html, StringComparison.Ordinal);
        Assert.Contains("Shadow mode: nothing is written to ConnectWise", html, StringComparison.Ordinal);
        Assert.Equal("0 waiting · shadow mode", result.Note);
    }

    private OutboxRecord Add(
        OutboxState state, DateTimeOffset created, DateTimeOffset? completed = null, string? error = null,
        string summary = "note: paged Anh Nguyen by sms", OutboxKind kind = OutboxKind.Note, int ticketId = 7)
    {
        var record = new OutboxRecord
        {
            Key = $"tl:{++_keys}:{kind}", Kind = kind, TicketId = ticketId, Payload = "{}", Summary = summary,
            CreatedAt = created, NextAttemptAt = created,
        };
        _state.Database.Write(() => _store.InsertNew([record]));
        (record.State, record.Open, record.CompletedAt, record.LastError) =
            (state, state is OutboxState.Pending or OutboxState.Sending or OutboxState.Failed or OutboxState.Unknown, completed, error);
        if (state == OutboxState.Parked)
        {
            record.Outcome = $"parked: {error}";
        }

        _state.Database.Write(() => _store.Update(record));
        return record;
    }

    private Task<(string Html, StatusSectionResult Result)> RenderAsync() =>
        SectionRender.RenderAsync(new OutboxSection(_store, new TestOptionsMonitor<BridgeModeOptions>(new BridgeModeOptions { Mode = _mode })), Now);

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class OutboxSectionOnLiteDbTests() : OutboxSectionTests(StorageProvider.LiteDb);

public sealed class OutboxSectionOnPostgreSqlTests() : OutboxSectionTests(StorageProvider.PostgreSql);

using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Api;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Bridge.Worker.WriteBack;

namespace Bridge.Worker.Tests.WriteBack;

public abstract class OutboxTimelineTests(StorageProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly StateFile _state = new(Now, provider);

    private static OutboxRecord Record(string key, int ticketId, string? incident) => OutboxRecords.Note(key, ticketId, Now, incident);

    [Fact]
    public void ForTicket_EachLogLineOfEachRecord_AWriteBackLineByInstant()
    {
        var parked = Record("tl:1:time", 5, "1");
        parked.AddLog(Now.AddMinutes(1), "parked", "time entry parked, not retried: TimeEntryApi");
        parked.AddLog(Now.AddMinutes(9), "admin", "outbox 1 retried by an admin after Parked");
        var note = Record("tl:1:note", 5, "1");
        note.AddLog(Now.AddMinutes(2), "applied", "note 7 on ticket #5");
        var store = new OutboxStore(_state.Database);
        _state.Database.Write(() => store.InsertNew([parked, note, Record("tl:2:note", 6, null)]));

        var lines = new OutboxTimeline(store).ForTicket(5);

        Assert.Equal(
            [("parked", "time entry parked, not retried: TimeEntryApi"), ("applied", "note 7 on ticket #5"), ("admin", "outbox 1 retried by an admin after Parked")],
            lines.Select(l => (l.Result!, l.Text)));
        Assert.All(lines, l => Assert.Equal((TimelineKind.WriteBack, 5, "1"), (l.Kind, l.TicketId, l.IncidentId)));
        Assert.Equal([Now.AddMinutes(1), Now.AddMinutes(2), Now.AddMinutes(9)], lines.Select(l => l.At));
    }

    [Fact]
    public void ForIncident_OnlyThatIncidentsRecords()
    {
        var mine = Record("tl:1:note", 5, "1");
        mine.AddLog(Now, "applied", "mine");
        var other = Record("tl:2:note", 5, "2");
        other.AddLog(Now, "applied", "other");
        var store = new OutboxStore(_state.Database);
        _state.Database.Write(() => store.InsertNew([mine, other]));

        Assert.Equal(["mine"], new OutboxTimeline(store).ForIncident("1").Select(l => l.Text));
    }

    [Fact]
    public void ForTicket_RecordNotAttemptedYet_NoLine()
    {
        var store = new OutboxStore(_state.Database);
        _state.Database.Write(() => store.InsertNew([Record("tl:1:note", 5, "1")]));

        Assert.Empty(new OutboxTimeline(store).ForTicket(5));
    }

    [Fact]
    public void IncidentDetail_WriteBackResultsReadFromTheOutbox_InTheIncidentsTimelineByInstant()
    {
        var incidents = new IncidentStore(_state.Database);
        var timeline = new IncidentTimeline(_state.Database);
        var store = new OutboxStore(_state.Database);
        var incident = _state.Database.Write(() => incidents.Insert(new Incident { TicketId = 5, Policy = "p1-unassigned", OpenedAt = Now, LadderStart = Now }));
        timeline.Append(new TimelineEntry { IncidentId = incident.Key, TicketId = 5, At = Now, Kind = TimelineKind.Opened, Text = "opened on p1-unassigned" });
        timeline.Append(new TimelineEntry { IncidentId = incident.Key, TicketId = 5, At = Now.AddMinutes(4), Kind = TimelineKind.Acknowledged, Text = "acknowledged by Anh Nguyen (link)" });
        var note = Record("tl:1:note", 5, incident.Key);
        note.AddLog(Now.AddMinutes(1), "applied", "added note 7 to ticket #5");
        _state.Database.Write(() => store.InsertNew([note]));

        var detail = IncidentEndpoints.Detail(incident.Id, incidents, new TimelineView(timeline, [new OutboxTimeline(store)]))!;
        var printed = IncidentText.Detail(detail, Now.AddMinutes(5), NodaTime.DateTimeZoneProviders.Tzdb["America/New_York"]).ToList();

        Assert.Equal([TimelineKind.Opened, TimelineKind.WriteBack, TimelineKind.Acknowledged], detail.Timeline.Select(e => e.Kind));
        Assert.Equal(
            [
                "2026-03-03T02:10:00-05:00  Opened        opened on p1-unassigned",
                "2026-03-03T02:11:00-05:00  WriteBack     added note 7 to ticket #5",
                "2026-03-03T02:14:00-05:00  Acknowledged  acknowledged by Anh Nguyen (link)",
            ],
            printed.SkipWhile(l => !l.StartsWith("Timeline (", StringComparison.Ordinal)).Skip(1).Select(l => l.Trim()));
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class OutboxTimelineOnLiteDbTests() : OutboxTimelineTests(StorageProvider.LiteDb);

public sealed class OutboxTimelineOnPostgreSqlTests() : OutboxTimelineTests(StorageProvider.PostgreSql);

using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Timeline;

public abstract class TimelineViewTests(StorageProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly StateFile _state = new(Start, provider);

    private static TimelineEntry Line(int ticketId, double minutes, string text, string incident = "1", TimelineKind kind = TimelineKind.Note) =>
        new() { IncidentId = incident, TicketId = ticketId, At = Start.AddMinutes(minutes), Kind = kind, Text = text };

    [Fact]
    public void Merge_LinesOfALaterStage_EachBeforeTheFirstTimelineLineLaterThanIt()
    {
        IReadOnlyList<TimelineEntry> lines = [Line(5, 0, "opened"), Line(5, 3, "paged"), Line(5, 20, "acknowledged")];

        var merged = TimelineView.Merge(lines, [Line(5, 21, "status set"), Line(5, 4, "time entry"), Line(5, 3, "note")]);

        Assert.Equal(["opened", "paged", "note", "time entry", "acknowledged", "status set"], merged.Select(e => e.Text));
    }

    [Fact]
    public void Merge_TimelineLinesOutOfInstantOrder_KeepTheirStoredOrder()
    {
        // A delivery's attempt line carries the attempt's instant, which may be before the line stored ahead of it.
        IReadOnlyList<TimelineEntry> lines = [Line(5, 5, "step 1"), Line(5, 4, "paged by sms"), Line(5, 6, "step completed")];

        var merged = TimelineView.Merge(lines, [Line(5, 5.5, "time entry")]);

        Assert.Equal(["step 1", "paged by sms", "time entry", "step completed"], merged.Select(e => e.Text));
    }

    [Fact]
    public void ForIncidentAndForTicket_ContributorsLinesMergedWithTheStoredTimeline()
    {
        var timeline = new IncidentTimeline(_state.Database);
        timeline.Append(Line(5, 0, "opened"));
        timeline.Append(Line(5, 10, "resolved"));
        timeline.Append(Line(6, 1, "another ticket", incident: "2"));
        var view = new TimelineView(timeline, [new Contributor(Line(5, 11, "note written", kind: TimelineKind.WriteBack))]);

        Assert.Equal(["opened", "resolved", "note written"], view.ForIncident("1").Select(e => e.Text));
        Assert.Equal(["opened", "resolved", "note written"], view.ForTicket(5).Select(e => e.Text));
        Assert.Equal(["another ticket"], view.ForTicket(6).Select(e => e.Text));
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class Contributor(params TimelineEntry[] lines) : ITimelineContributor
    {
        public IReadOnlyList<TimelineEntry> ForIncident(string incidentId) => lines.Where(l => l.IncidentId == incidentId).ToList();

        public IReadOnlyList<TimelineEntry> ForTicket(int ticketId) => lines.Where(l => l.TicketId == ticketId).ToList();
    }
}

public sealed class TimelineViewOnLiteDbTests() : TimelineViewTests(StorageProvider.LiteDb);

public sealed class TimelineViewOnPostgreSqlTests() : TimelineViewTests(StorageProvider.PostgreSql);

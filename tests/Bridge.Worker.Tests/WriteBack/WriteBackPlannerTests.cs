using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;
using NodaTime;
using static Bridge.Worker.Tests.WriteBack.TimelineLines;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class WriteBackPlannerTests
{
    private static WriteBackOptions Mapped()
    {
        var options = new WriteBackOptions();
        options.Statuses["Service Desk"] = new WriteBackStatusOptions { Acknowledged = "In Progress", Resolved = "Completed" };
        options.Billing.AfterHours.WorkType = "After Hours";
        return options;
    }

    private static WriteBackPlanContext Context(WriteBackOptions? options = null) =>
        new(options ?? Mapped(), DateTimeZoneProviders.Tzdb["America/New_York"], Start);

    [Fact]
    public void Plan_NotificationAttempt_OneZeroHourEntryAtTheAttemptsWholeSecond()
    {
        var attempt = Attempt(5, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent");
        attempt.At = attempt.At.AddMilliseconds(700);

        var record = Assert.Single(WriteBackPlanner.Plan(attempt, [], Context()));
        var write = WriteBackJson.Read<TimeEntryWrite>(record);

        Assert.Equal(("tl:5:time", OutboxKind.TimeEntry, 42, "inc-1", 5), (record.Key, record.Kind, record.TicketId, record.IncidentId, record.TimelineEntryId));
        Assert.Equal((Start.AddMinutes(3), Start.AddMinutes(3), "Billable", (string?)null, (string?)null), (write.Start, write.End, write.BillableOption, write.WorkType, write.Member));
        Assert.Equal(OutboxState.Pending, record.State);
    }

    [Fact]
    public void Plan_CanaryLines_NothingForConnectWise()
    {
        var lines = new[]
        {
            Attempt(5, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent"),
            Completed(6, 1, 3),
            Acknowledged(7, 4, "anguyen", "Anh Nguyen", "link"),
            Resolved(8, 5, null, null, null),
        };
        foreach (var line in lines)
        {
            (line.Cause, line.TicketId) = (Bridge.Worker.Escalation.Incidents.IncidentCause.Canary, -202648);
        }

        Assert.All(lines, line => Assert.Empty(WriteBackPlanner.Plan(line, lines, Context())));
        Assert.NotEmpty(WriteBackPlanner.Plan(Attempt(5, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent"), [], Context()));
    }

    [Fact]
    public void Plan_ContactAttemptsOff_NothingForAnAttempt()
    {
        var options = Mapped();
        options.ContactAttempts.Enabled = false;

        Assert.Empty(WriteBackPlanner.Plan(Attempt(5, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent"), [], Context(options)));
    }

    [Fact]
    public void Plan_StepCompleted_NoteFromThatStepsAttemptsOnly()
    {
        var incident = new List<TimelineEntry>
        {
            Attempt(2, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent"),
            Completed(3, 1, 3),
            Attempt(4, 2, 18, "bruiz", "Beatriz Ruiz", "sms", "sent"),
            Completed(5, 2, 18),
        };

        var record = Assert.Single(WriteBackPlanner.Plan(incident[3], incident, Context()));

        Assert.Equal(("tl:5:note", OutboxKind.Note), (record.Key, record.Kind));
        Assert.Equal("02:28 no answer, paged Beatriz Ruiz by sms (sent)", WriteBackJson.Read<NoteWrite>(record).Text);
    }

    [Fact]
    public void Plan_SameStepNumberAfterAnEarlierRoundOfTheLadder_OnlyTheLatestRound()
    {
        var incident = new List<TimelineEntry>
        {
            Attempt(2, 1, 3, "anguyen", "Anh Nguyen", "sms", "sent"),
            Completed(3, 1, 3),
            Attempt(6, 1, 40, "cokafor", "Chidi Okafor", "email", "sent"),
            Completed(7, 1, 40),
        };

        var record = Assert.Single(WriteBackPlanner.Plan(incident[3], incident, Context()));

        Assert.Equal("02:50 paged Chidi Okafor by email (sent)", WriteBackJson.Read<NoteWrite>(record).Text);
    }

    [Fact]
    public void Plan_ResolvedWithTimeWorked_TimeThenNoteThenStatus_BilledByTheDecisionsClass()
    {
        var records = WriteBackPlanner.Plan(Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30), [], Context());

        Assert.Equal(["tl:11:time", "tl:11:note", "tl:11:status"], records.Select(r => r.Key));
        var time = WriteBackJson.Read<TimeEntryWrite>(records[0]);
        Assert.Equal(("bruiz", Start.AddMinutes(21), Start.AddMinutes(51), "After Hours", "Billable"), (time.Member, time.Start, time.End, time.WorkType, time.BillableOption));
        Assert.Equal(new StatusWrite(WriteBackEvent.Resolved, new KnownStatus(1, "New", Start.AddHours(-1))), WriteBackJson.Read<StatusWrite>(records[2]));
    }

    [Theory]
    [InlineData(BillingKind.Included, "NoCharge")]
    [InlineData(BillingKind.Normal, "Billable")]
    public void Plan_ResolvedOnOtherBillingClasses_TheirBillableOption(BillingKind billing, string expected)
    {
        var line = Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30);
        line.Ticket!.Billing = billing;

        var record = WriteBackPlanner.Plan(line, [], Context())[0];

        Assert.Equal(expected, WriteBackJson.Read<TimeEntryWrite>(record).BillableOption);
    }

    [Fact]
    public void Plan_NoBoardMapsTheEvent_NoStatusRecord()
    {
        var records = WriteBackPlanner.Plan(Line(8, TimelineKind.Escalated, 30), [], Context());

        Assert.Empty(records);
    }

    [Fact]
    public void Plan_ResolvedByTheTicketClosing_NoteAndStatusNoTime() =>
        Assert.Equal(["tl:11:note", "tl:11:status"],
            WriteBackPlanner.Plan(Resolved(11, 51, null, null, null, text: "ticket closed"), [], Context()).Select(r => r.Key));

    [Fact]
    public void Plan_AcknowledgedByAStatusAPersonSetInConnectWise_NoteOnlyNoStatusOverIt()
    {
        var line = Acknowledged(12, 20, "bruiz", "Beatriz Ruiz", TimelineChannels.ConnectWise);

        Assert.Equal(["tl:12:note"], WriteBackPlanner.Plan(line, [], Context()).Select(r => r.Key));
    }

    [Fact]
    public void Plan_ResolvedByAPersonClosingTheTicketInConnectWise_NoteOnly()
    {
        var line = Resolved(13, 51, "bruiz", "Beatriz Ruiz", null, text: "ticket closed in ConnectWise by bruiz");
        line.Channel = TimelineChannels.ConnectWise;

        Assert.Equal(["tl:13:note"], WriteBackPlanner.Plan(line, [], Context()).Select(r => r.Key));
    }

    [Theory]
    [InlineData(TimelineKind.Opened)]
    [InlineData(TimelineKind.StepStarted)]
    [InlineData(TimelineKind.TargetSkipped)]
    [InlineData(TimelineKind.WriteBack)]
    [InlineData(TimelineKind.Note)]
    [InlineData(TimelineKind.Cancelled)]
    public void Plan_LinesThatWriteNothing_NoRecords(TimelineKind kind) =>
        Assert.Empty(WriteBackPlanner.Plan(Line(3, kind, 1), [], Context()));

    [Fact]
    public void Plan_SameLineTwice_SameKeysAndPayloads()
    {
        var line = Acknowledged(9, 21, "bruiz", "Beatriz Ruiz", "link", 10);

        var first = WriteBackPlanner.Plan(line, [], Context());
        var second = WriteBackPlanner.Plan(line, [], Context());

        Assert.Equal(first.Select(r => (r.Key, r.Payload)), second.Select(r => (r.Key, r.Payload)));
        Assert.Equal(["tl:9:time", "tl:9:note", "tl:9:status"], first.Select(r => r.Key));
    }

    [Theory]
    [InlineData(BillingKind.AfterHours, 1.5, "after-hours ×1.5", "After Hours")]
    [InlineData(BillingKind.AfterHours, 2, "after-hours ×2", "After Hours")]
    [InlineData(BillingKind.Included, 1, "included", null)]
    [InlineData(BillingKind.Normal, 1, "normal", null)]
    public void Plan_WorkLogged_BillingClassTheLineCarries_ItsWorkTypeAndItsNameInTheEntry(BillingKind billing, double multiplier, string named, string? workType)
    {
        var line = Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30);
        (line.Ticket!.Billing, line.Ticket.BillingMultiplier) = (billing, (decimal)multiplier);

        var time = WriteBackPlanner.Plan(line, [], Context())[0];
        var write = WriteBackJson.Read<TimeEntryWrite>(time);

        Assert.Equal((workType, $"On-call response by Beatriz Ruiz ({named})"), (write.WorkType, write.Notes));
        Assert.Contains($", {named}: ", time.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ProjectTicketLine_EveryRecordCarriesTheRecordType()
    {
        var line = Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30);
        line.Ticket!.RecordType = "ProjectTicket";

        var records = WriteBackPlanner.Plan(line, [], Context());

        Assert.Equal(["ProjectTicket", "ProjectTicket", "ProjectTicket"], records.Select(r => r.RecordType));
    }

    [Fact]
    public void Plan_ServiceTicketLine_NoRecordType() =>
        Assert.All(WriteBackPlanner.Plan(Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30), [], Context()), r => Assert.Null(r.RecordType));

    [Fact]
    public void Plan_LineFromAnOlderStateFileWithoutTicketFacts_NormalRateAndNoStatusSeen()
    {
        var options = Mapped();
        options.Billing.Normal.WorkType = "Regular";
        var line = Resolved(11, 51, "bruiz", "Beatriz Ruiz", 30);
        line.Ticket = null;

        var records = WriteBackPlanner.Plan(line, [], Context(options));

        Assert.Equal(["tl:11:time", "tl:11:note", "tl:11:status"], records.Select(r => r.Key));
        Assert.Equal(("Regular", "Billable"), (WriteBackJson.Read<TimeEntryWrite>(records[0]).WorkType, WriteBackJson.Read<TimeEntryWrite>(records[0]).BillableOption));
        Assert.Equal(new StatusWrite(WriteBackEvent.Resolved, null), WriteBackJson.Read<StatusWrite>(records[2]));
        Assert.All(records, r => Assert.Null(r.RecordType));
    }

    [Fact]
    public void Plan_Acknowledged_StatusSeenIsTheOneTheLineCarries()
    {
        var line = Acknowledged(9, 21, "bruiz", "Beatriz Ruiz", "link");
        (line.Ticket!.StatusId, line.Ticket.StatusName, line.Ticket.LastUpdated) = (7, "Scheduled", Start.AddMinutes(20));

        var status = Assert.Single(WriteBackPlanner.Plan(line, [], Context()), r => r.Kind == OutboxKind.Status);

        Assert.Equal(new KnownStatus(7, "Scheduled", Start.AddMinutes(20)), WriteBackJson.Read<StatusWrite>(status).Seen);
    }
}

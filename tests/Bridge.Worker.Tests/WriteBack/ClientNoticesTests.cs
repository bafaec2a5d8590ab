using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;
using NodaTime;
using static Bridge.Worker.Tests.WriteBack.TimelineLines;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class ClientNoticesTests
{
    private static readonly TicketSnapshot Ticket = new()
    {
        Id = 42,
        Summary = "Exchange down\nfor everyone",
        CompanyIdentifier = "ContosoLaw",
        CompanyName = "Contoso Law LLP",
        ContactId = 3,
        ContactName = "Priya Shah",
    };

    private static WriteBackPlanContext Context(WriteBackOptions? options = null, TicketSnapshot? ticket = null) =>
        new(options ?? new WriteBackOptions(), DateTimeZoneProviders.Tzdb["America/New_York"], Start, null, BillingKind.AfterHours, "after-hours ×1.5", ticket ?? Ticket);

    private static ClientNoticeWrite Notice(OutboxRecord record) => WriteBackJson.Read<ClientNoticeWrite>(record);

    [Fact]
    public void Plan_IncidentOpened_ReceivedNoticeToTheContactWithTheTicketInIt()
    {
        var record = Assert.Single(WriteBackPlanner.Plan(Line(4, TimelineKind.Opened, 0), [], Context()));

        var notice = Notice(record);
        Assert.Equal(("tl:4:client", OutboxKind.ClientNotice), (record.Key, record.Kind));
        Assert.Equal((ClientNoticeKind.Received, 3), (notice.Notice, notice.ContactId));
        Assert.Equal("We received ticket #42: Exchange down for everyone", notice.Subject);
        Assert.StartsWith("Hello Priya,", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_IncidentOpenedForATicketEnteredLongBefore_NoReceivedNotice()
    {
        var line = Line(4, TimelineKind.Opened, 0);
        var old = Ticket with { DateEntered = line.At - TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1) };
        var fresh = Ticket with { DateEntered = line.At - TimeSpan.FromHours(2) };

        Assert.Empty(WriteBackPlanner.Plan(line, [], Context(ticket: old)));
        Assert.Single(WriteBackPlanner.Plan(line, [], Context(ticket: fresh)));
    }

    [Fact]
    public void Plan_Acknowledged_AssignedNoticeNamesTheTechnician()
    {
        var records = WriteBackPlanner.Plan(Acknowledged(9, 21, "bruiz", "Beatriz Ruiz", "link"), [], Context());

        var notice = Notice(Assert.Single(records, r => r.Kind == OutboxKind.ClientNotice));
        Assert.Equal(ClientNoticeKind.Assigned, notice.Notice);
        Assert.Contains("Beatriz Ruiz is now working on your ticket #42", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_EscalatedByTheThreshold_Tier3Notice_ButNotWhenAPersonAskedForTheNextStep()
    {
        var threshold = Line(10, TimelineKind.Escalated, 120);
        threshold.Channel = TimelineChannels.Bridge;
        var asked = Line(11, TimelineKind.Escalated, 20);
        asked.Channel = TimelineChannels.Link;

        Assert.Equal(ClientNoticeKind.Tier3, Notice(Assert.Single(WriteBackPlanner.Plan(threshold, [], Context()))).Notice);
        Assert.Empty(WriteBackPlanner.Plan(asked, [], Context()));
    }

    [Fact]
    public void Plan_Deferred_TellsWhenWorkStarts()
    {
        var line = Line(12, TimelineKind.Deferred, 0);
        line.Note = "Tuesday 24 November at 07:00";

        var notice = Notice(Assert.Single(WriteBackPlanner.Plan(line, [], Context())));

        Assert.Equal("Ticket #42 received: we will start on it Tuesday 24 November at 07:00", notice.Subject);
    }

    [Fact]
    public void Plan_ClientSwitchedThatNoticeOff_NoMail()
    {
        var options = new WriteBackOptions();
        options.ClientNotices.Clients["ContosoLaw"] = [ClientNoticeKind.Assigned];

        Assert.Empty(WriteBackPlanner.Plan(Line(4, TimelineKind.Opened, 0), [], Context(options)));
    }

    [Fact]
    public void Plan_NoticesOffOrNoContact_NoMail()
    {
        var off = new WriteBackOptions();
        off.ClientNotices.Enabled = false;

        Assert.Empty(WriteBackPlanner.Plan(Line(4, TimelineKind.Opened, 0), [], Context(off)));
        Assert.Empty(WriteBackPlanner.Plan(Line(4, TimelineKind.Opened, 0), [], Context(ticket: Ticket with { ContactId = null })));
    }

    [Fact]
    public void Plan_ConfiguredTemplate_UsedWithItsHoles()
    {
        var options = new WriteBackOptions();
        options.ClientNotices.Templates[ClientNoticeKind.Received] = new ClientNoticeTemplate { Subject = "[{company}] #{ticketId}", Body = "Hi {contact} — {signature}" };
        options.ClientNotices.Signature = "Bridge MSP";

        var notice = Notice(Assert.Single(WriteBackPlanner.Plan(Line(4, TimelineKind.Opened, 0), [], Context(options))));

        Assert.Equal(("[Contoso Law LLP] #42", "Hi Priya — Bridge MSP"), (notice.Subject, notice.Body));
    }
}

using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;
using NodaTime;
using static Bridge.Worker.Tests.WriteBack.TimelineLines;

namespace Bridge.Worker.Tests.WriteBack;

public sealed class ClientNoticesTests
{
    /// <summary>The ticket as escalation carries it on each line.</summary>
    private static TicketFacts Ticket(Action<TicketFacts>? change = null)
    {
        var ticket = new TicketFacts
        {
            Summary = "Exchange down\nfor everyone",
            CompanyIdentifier = "ContosoLaw",
            CompanyName = "Contoso Law LLP",
            ContactId = 3,
            ContactName = "Priya Shah",
            Billing = BillingKind.AfterHours,
            BillingMultiplier = 1.5m,
        };
        change?.Invoke(ticket);
        return ticket;
    }

    private static IReadOnlyList<OutboxRecord> Plan(TimelineEntry line, WriteBackOptions? options = null, TicketFacts? ticket = null)
    {
        line.Ticket = ticket ?? Ticket();
        return WriteBackPlanner.Plan(line, [], new WriteBackPlanContext(options ?? new WriteBackOptions(), DateTimeZoneProviders.Tzdb["America/New_York"], Start));
    }

    private static ClientNoticeWrite Notice(OutboxRecord record) => WriteBackJson.Read<ClientNoticeWrite>(record);

    [Fact]
    public void Plan_IncidentOpened_ReceivedNoticeToTheContactWithTheTicketInIt()
    {
        var record = Assert.Single(Plan(Line(4, TimelineKind.Opened, 0)));

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
        var old = Ticket(t => t.EnteredAt = line.At - TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        var fresh = Ticket(t => t.EnteredAt = line.At - TimeSpan.FromHours(2));

        Assert.Empty(Plan(line, ticket: old));
        Assert.Single(Plan(line, ticket: fresh));
    }

    [Fact]
    public void Plan_Acknowledged_AssignedNoticeNamesTheTechnician()
    {
        var records = Plan(Acknowledged(9, 21, "bruiz", "Beatriz Ruiz", "link"));

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

        Assert.Equal(ClientNoticeKind.Tier3, Notice(Assert.Single(Plan(threshold))).Notice);
        Assert.Empty(Plan(asked));
    }

    [Fact]
    public void Plan_Deferred_TellsWhenWorkStarts()
    {
        var line = Line(12, TimelineKind.Deferred, 0);
        line.Note = "Tuesday 24 November at 07:00";

        var notice = Notice(Assert.Single(Plan(line)));

        Assert.Equal("Ticket #42 received: we will start on it Tuesday 24 November at 07:00", notice.Subject);
    }

    [Fact]
    public void Plan_ClientSwitchedThatNoticeOff_NoMail()
    {
        var options = new WriteBackOptions();
        options.ClientNotices.Clients["ContosoLaw"] = [ClientNoticeKind.Assigned];

        Assert.Empty(Plan(Line(4, TimelineKind.Opened, 0), options));
    }

    [Fact]
    public void Plan_NoticesOffOrNoContact_NoMail()
    {
        var off = new WriteBackOptions();
        off.ClientNotices.Enabled = false;

        Assert.Empty(Plan(Line(4, TimelineKind.Opened, 0), off));
        Assert.Empty(Plan(Line(4, TimelineKind.Opened, 0), ticket: Ticket(t => t.ContactId = null)));
    }

    [Fact]
    public void Plan_ConfiguredTemplate_UsedWithItsHoles()
    {
        var options = new WriteBackOptions();
        options.ClientNotices.Templates[ClientNoticeKind.Received] = new ClientNoticeTemplate { Subject = "[{company}] #{ticketId}", Body = "Hi {contact} — {signature}" };
        options.ClientNotices.Signature = "Bridge MSP";

        var notice = Notice(Assert.Single(Plan(Line(4, TimelineKind.Opened, 0), options)));

        Assert.Equal(("[Contoso Law LLP] #42", "Hi Priya — Bridge MSP"), (notice.Subject, notice.Body));
    }
}

using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;
using Bridge.Worker.Tests.Support;
using NodaTime;

namespace Bridge.Worker.Tests.Escalation;

/// <summary>
/// The incident state machine for ticket changes, called directly: open incidents, a change and its decision, the
/// settings and an instant in, the actions out. 02:00 on Tuesday 24 November 2026 in New York.
/// </summary>
public sealed class IncidentChangeDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static TheoryData<string, string, string?, string?, string> Transitions => new()
    {
        // open incident (cause/state/paged), change kind, status, decision, expected actions
        { "", "Created", "New", "PageNow:p1-unassigned", "Open(after-hours, p1-unassigned)" },
        { "", "Updated", "New", "PageNow:p1-unassigned", "" },
        { "", "PriorityChanged", "New", "PageNow:p1-unassigned", "Open(after-hours, p1-unassigned)" },
        { "", "Created", "In Progress", "PageNow:p1-unassigned", "" },
        { "", "Created", "New", "NextBusinessDay:p3", "" },
        { "", "Created", "New", "BusinessOnly:p3", "Defer(Tuesday 24 November at 08:00)" },
        { "", "Created", "New", "BusinessHours:p3", "Open(sla, business-hours)" },
        { "", "StatusChanged", "New", "BusinessHours:p3", "" },
        { "", "Created", "Waiting Client", null, "StartWaiting(waiting-on-client)" },
        { "after-hours/Triggered/0", "Deleted", "New", null, "Close(Cancelled, ticket #42 was deleted in ConnectWise: nobody is paged for it any more)" },
        { "after-hours/Triggered/1", "Closed", "Closed", null, "Close(Resolved, ticket closed in ConnectWise by dschmidt)" },
        { "after-hours/Triggered/1", "StatusChanged", "In Progress", "PageNow:p1-unassigned", "Acknowledge(dschmidt), Keep" },
        { "sla/Triggered/0", "StatusChanged", "In Progress", "BusinessHours:p3", "Close(Cancelled, status In Progress: responded before the SLA ran out)" },
        { "sla/Triggered/1", "StatusChanged", "In Progress", "BusinessHours:p3", "Acknowledge(dschmidt), Keep" },
        { "after-hours/Triggered/1", "Assigned", "New", "PageNow:p1-assigned", "Replan(p1-assigned, assigned to dschmidt)" },
        { "after-hours/Triggered/1", "Updated", "New", "PageNow:p1-unassigned", "Keep" },
        { "after-hours/Triggered/1", "Updated", "New", null, "Keep" },
        { "after-hours/Triggered/1", "PriorityChanged", "New", "NextBusinessDay:p3", "Close(Cancelled, no longer needs anyone now: NextBusinessDay (why))" },
        { "after-hours/Acknowledged/1", "PriorityChanged", "New", "BusinessHours:p3", "Keep" },
        { "waiting-on-client/Triggered/0", "StatusChanged", "New", null, "Close(Cancelled, status moved to New: no longer waiting on the client)" },
        { "waiting-on-client/Triggered/0", "Updated", "Waiting Client", null, "" },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Decide_Transition_Actions(string incident, string kind, string? status, string? decision, string expected)
    {
        var open = incident.Length == 0 ? [] : new[] { Incident(incident) };
        var change = Change(Enum.Parse<TicketChangeKind>(kind), status);

        var actions = IncidentChangeDecider.Decide(open, change, Decision(decision), Settings(), Now, Zone);

        Assert.Equal(expected, string.Join(", ", actions.Select(Show)));
    }

    [Fact]
    public void Decide_ClosedByTheBridgesOwnWrite_ResolvedByNobody()
    {
        var change = Change(TicketChangeKind.Closed, "Closed") with { ByBridge = true };

        var close = Assert.IsType<IncidentAction.Close>(Assert.Single(IncidentChangeDecider.Decide([Incident("after-hours/Acknowledged/1")], change, null, Settings(), Now, Zone)));

        Assert.Null(close.By);
        Assert.Equal("ticket closed by the bridge's own write to ConnectWise", close.Reason);
    }

    [Fact]
    public void Decide_EscalationSwitchedOff_NoIncidentAndSaysWhy()
    {
        var settings = Settings();
        settings.Enabled = false;

        var action = Assert.Single(IncidentChangeDecider.Decide([], Change(TicketChangeKind.Created, "New"), Decision("PageNow:p1-unassigned"), settings, Now, Zone));

        Assert.IsType<IncidentAction.SkipDisabled>(action);
    }

    [Fact]
    public void Decide_BusinessHoursSlaForATicketEnteredDaysAgo_NotOpened()
    {
        var change = Change(TicketChangeKind.Created, "New", entered: Now.AddDays(-3));

        var action = Assert.IsType<IncidentAction.SkipOldSla>(Assert.Single(IncidentChangeDecider.Decide([], change, Decision("BusinessHours:p3"), Settings(), Now, Zone)));

        Assert.Equal(TimeSpan.FromDays(3), action.Age);
    }

    [Fact]
    public void Decide_WaitingStatusSetAnHourAgo_LadderFromWhenItWasSet()
    {
        var change = Change(TicketChangeKind.StatusChanged, "Waiting Client") with { LastUpdated = Now.AddHours(-1) };

        var start = Assert.IsType<IncidentAction.StartWaiting>(Assert.Single(IncidentChangeDecider.Decide([], change, null, Settings(), Now, Zone)));

        Assert.Equal(Now.AddHours(-1), start.Start);
        Assert.Equal("waiting on the client since 2026-11-24 01:00 EST (status Waiting Client): policy waiting-on-client", start.Text);
    }

    [Fact]
    public void Decide_IncidentsPassedIn_NotChanged()
    {
        var incident = Incident("after-hours/Triggered/1");

        _ = IncidentChangeDecider.Decide([incident], Change(TicketChangeKind.StatusChanged, "In Progress"), Decision("PageNow:p1-unassigned"), Settings(), Now, Zone);

        Assert.Equal(IncidentState.Triggered, incident.State);
    }

    private static string Show(IncidentAction action) => action switch
    {
        IncidentAction.Open open => $"Open({open.Plan.Cause}, {open.Plan.Policy})",
        IncidentAction.Close close => $"Close({close.State}, {close.Reason})",
        IncidentAction.Acknowledge ack => $"Acknowledge({ack.By})",
        IncidentAction.Replan replan => $"Replan({replan.Policy}, {replan.Why})",
        IncidentAction.StartWaiting waiting => $"StartWaiting({waiting.Policy})",
        IncidentAction.Defer defer => $"Defer({defer.When})",
        IncidentAction.Keep => "Keep",
        _ => action.GetType().Name,
    };

    private static EscalationOptions Settings()
    {
        var settings = new EscalationOptions { BusinessHoursPolicy = "business-hours", WaitingPolicy = "waiting-on-client" };
        foreach (var name in new[] { "p1-unassigned", "p1-assigned", "p3", "business-hours", "waiting-on-client" })
        {
            settings.Policies[name] = new EscalationPolicyOptions();
        }

        return settings;
    }

    private static Incident Incident(string shape)
    {
        var parts = shape.Split('/');
        var incident = new Incident { Id = 7, TicketId = 42, Cause = parts[0], State = Enum.Parse<IncidentState>(parts[1]), Policy = parts[0] == IncidentCause.Sla ? "business-hours" : "p1-unassigned" };
        incident.Paged.AddRange(Enumerable.Repeat("dschmidt", int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)));
        return incident;
    }

    private static TicketChange Change(TicketChangeKind kind, string? status, DateTimeOffset? entered = null)
    {
        var ticket = new TicketSnapshot
        {
            Id = 42,
            StatusName = status,
            Closed = kind == TicketChangeKind.Closed,
            Deleted = kind == TicketChangeKind.Deleted,
            UpdatedBy = "dschmidt",
            DateEntered = entered ?? Now.AddMinutes(-1),
            LastUpdated = Now,
        };
        return new TicketChange($"42:{kind}", 42, kind, "", null, kind == TicketChangeKind.Assigned ? "dschmidt" : null, ticket, ChangeSource.Poll, Now, Now);
    }

    /// <summary>"PageNow:policy", "NextBusinessDay:policy", "BusinessHours:policy" (internal response in 30 min), "BusinessOnly:policy" (a BusinessHoursOnly contract).</summary>
    private static RoutingDecision? Decision(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var (what, policy) = (text.Split(':')[0], text.Split(':')[1]);
        var disposition = what switch { "PageNow" => Disposition.PageNow, "BusinessHours" => Disposition.BusinessHours, _ => Disposition.NextBusinessDay };
        return RoutingFixtures.Decision(Now, disposition, policy, what == "BusinessOnly" ? ContractKind.BusinessHoursOnly : ContractKind.Included24x7, what == "BusinessHours" ? Now.AddMinutes(30) : null)
            with { NextBusinessOpening = new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero) };
    }
}

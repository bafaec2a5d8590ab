using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;

namespace Bridge.Worker.Tests.Reporting.Paging;

/// <summary>
/// A month of incidents in America/New_York whose figures are worked by hand in the tests. Instants are UTC; the local
/// times are in the comments (EDT = UTC−4 until 2026-11-01 02:00, when the clock goes back to 01:00 EST = UTC−5).
/// <list type="number">
/// <item>#1 P1 Contoso Law after-hours, the DST night: opened 01:50 EDT (05:50Z), Anh paged by SMS (sent), acknowledged by
/// link at the second 01:10, EST (06:10Z): 20 min, not −40; resolved by Anh 02:30 EST (07:30Z): 100 min.</item>
/// <item>#2 P1 Contoso Law after-hours, Tue 2026-11-10 22:00 EST (11-11 03:00Z): step 1 Anh by SMS (delivered), step 2 at
/// 03:30Z Bea (role:Dispatcher) by e-mail (sent), Bea acknowledges by link 03:40Z: 40 min; resolves 05:00Z: 120 min.</item>
/// <item>#3 P2 Northwind Dental, the holiday: entered Wed 2026-11-25 16:00 EST (21:00Z), its internal response (2 h) missed at
/// 18:00 EST, so an SLA incident opened then (23:00Z); Chidi paged by SMS (delivered) and answers by SMS reply on Fri
/// 11-27 10:00 EST (15:00Z): 2,400 min. Thanksgiving (Thu 11-26) is no business time: 16–17 Wed + 08–10 Fri = 3 h.</item>
/// <item>#4 the canary (Anh paged, acknowledged at once): in no figure.</item>
/// <item>#5 waiting on client, Bea reminded by e-mail 11-20 14:00Z, never answered: pages and ladder only.</item>
/// <item>#6 Contoso Law after-hours opened Sat 10-31 23:00 EDT (11-01 03:00Z): before the period (it starts 11-01 00:00 EDT, 04:00Z).</item>
/// </list>
/// </summary>
internal static class NovemberNights
{
    public static readonly DateTimeOffset Now = At("2026-12-01T12:00:00Z");

    public static List<Incident> Incidents() =>
    [
        Incident(1, IncidentCause.AfterHours, "P1", "ContosoLaw", "Contoso Law", At("2026-11-01T05:50:00Z"), IncidentState.Resolved, "p1-assigned",
            responseDue: At("2026-11-01T06:20:00Z"), threshold: At("2026-11-01T07:50:00Z"), closed: At("2026-11-01T07:30:00Z"), acknowledged: ("anguyen", At("2026-11-01T06:10:00Z"))),
        Incident(2, IncidentCause.AfterHours, "P1", "ContosoLaw", "Contoso Law", At("2026-11-11T03:00:00Z"), IncidentState.Resolved, "p1-assigned",
            responseDue: At("2026-11-11T03:30:00Z"), threshold: At("2026-11-11T05:00:00Z"), closed: At("2026-11-11T05:00:00Z"), acknowledged: ("bruiz", At("2026-11-11T03:40:00Z"))),
        Incident(3, IncidentCause.Sla, "P2", "NorthwindDental", "Northwind Dental", At("2026-11-25T23:00:00Z"), IncidentState.Acknowledged, "p2",
            responseDue: At("2026-11-25T23:00:00Z"), threshold: At("2026-11-26T05:00:00Z"), entered: At("2026-11-25T21:00:00Z"), acknowledged: ("cokafor", At("2026-11-27T15:00:00Z"))),
        Incident(4, IncidentCause.Canary, "TEST", null, null, At("2026-11-15T15:00:00Z"), IncidentState.Resolved, "canary",
            closed: At("2026-11-15T15:05:00Z"), acknowledged: ("anguyen", At("2026-11-15T15:01:00Z"))),
        Incident(5, IncidentCause.WaitingOnClient, null, "ContosoLaw", "Contoso Law", At("2026-11-19T14:00:00Z"), IncidentState.Triggered, "waiting"),
        Incident(6, IncidentCause.AfterHours, "P1", "ContosoLaw", "Contoso Law", At("2026-11-01T03:00:00Z"), IncidentState.Triggered, "p1-assigned"),
    ];

    public static List<TimelineEntry> Lines() =>
    [
        Line(1, TimelineKind.Opened, "2026-11-01T05:50:00Z"),
        Line(1, TimelineKind.StepStarted, "2026-11-01T05:50:00Z", step: 1),
        Line(1, TimelineKind.NotificationAttempt, "2026-11-01T05:50:05Z", step: 1, person: ("anguyen", "Anh Nguyen"), channel: "sms", result: "sent"),
        Line(1, TimelineKind.Acknowledged, "2026-11-01T06:10:00Z", person: ("anguyen", "Anh Nguyen"), channel: "link"),
        Line(1, TimelineKind.Resolved, "2026-11-01T07:30:00Z", person: ("anguyen", "Anh Nguyen"), channel: "link"),

        Line(2, TimelineKind.Opened, "2026-11-11T03:00:00Z"),
        Line(2, TimelineKind.StepStarted, "2026-11-11T03:00:00Z", step: 1),
        Line(2, TimelineKind.NotificationAttempt, "2026-11-11T03:00:05Z", step: 1, person: ("anguyen", "Anh Nguyen"), channel: "sms", result: "delivered"),
        Line(2, TimelineKind.StepStarted, "2026-11-11T03:30:00Z", step: 2),
        Line(2, TimelineKind.NotificationAttempt, "2026-11-11T03:30:05Z", step: 2, person: ("bruiz", "Bea Ruiz"), channel: "email", result: "sent"),
        Line(2, TimelineKind.Acknowledged, "2026-11-11T03:40:00Z", person: ("bruiz", "Bea Ruiz"), channel: "link"),
        Line(2, TimelineKind.Resolved, "2026-11-11T05:00:00Z", person: ("bruiz", "Bea Ruiz"), channel: "link"),

        Line(3, TimelineKind.Opened, "2026-11-25T23:00:00Z"),
        Line(3, TimelineKind.StepStarted, "2026-11-25T23:00:00Z", step: 1),
        Line(3, TimelineKind.NotificationAttempt, "2026-11-25T23:00:05Z", step: 1, person: ("cokafor", "Chidi Okafor"), channel: "sms", result: "delivered"),
        Line(3, TimelineKind.Acknowledged, "2026-11-27T15:00:00Z", person: ("cokafor", "Chidi Okafor"), channel: "sms"),

        Line(4, TimelineKind.StepStarted, "2026-11-15T15:00:00Z", step: 1),
        Line(4, TimelineKind.NotificationAttempt, "2026-11-15T15:00:05Z", step: 1, person: ("anguyen", "Anh Nguyen"), channel: "sms", result: "sent"),
        Line(4, TimelineKind.Acknowledged, "2026-11-15T15:01:00Z", person: ("anguyen", "Anh Nguyen"), channel: "link"),

        Line(5, TimelineKind.StepStarted, "2026-11-20T14:00:00Z", step: 1),
        Line(5, TimelineKind.NotificationAttempt, "2026-11-20T14:00:05Z", step: 1, person: ("bruiz", "Bea Ruiz"), channel: "email", result: "sent"),

        Line(6, TimelineKind.StepStarted, "2026-11-01T03:00:00Z", step: 1),
        Line(6, TimelineKind.NotificationAttempt, "2026-11-01T03:00:05Z", step: 1, person: ("anguyen", "Anh Nguyen"), channel: "sms", result: "sent"),
    ];

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, List<string>[]> Ladders = new()
    {
        ["p1-assigned"] = [["assigned"], ["role:Dispatcher"], ["role:ServiceManager"]],
        ["p2"] = [["schedule:after-hours"]],
        ["waiting"] = [["assigned"]],
        ["canary"] = [["member:anguyen"]],
    };

    private static Incident Incident(
        int id, string cause, string? level, string? company, string? companyName, DateTimeOffset opened, IncidentState state, string policy,
        DateTimeOffset? responseDue = null, DateTimeOffset? threshold = null, DateTimeOffset? closed = null, DateTimeOffset? entered = null,
        (string Member, DateTimeOffset At)? acknowledged = null) => new()
    {
        Id = id,
        TicketId = 100 + id,
        Cause = cause,
        State = state,
        Policy = policy,
        PriorityLevel = level,
        OpenedAt = opened,
        LadderStart = opened,
        ResponseDueAt = responseDue,
        ThresholdAt = threshold,
        ClosedAt = closed,
        AcknowledgedBy = acknowledged?.Member,
        AcknowledgedAt = acknowledged?.At,
        Steps = Ladders[policy].Select((targets, i) => new IncidentStep { Number = i + 1, Targets = targets, After = TimeSpan.FromMinutes(30 * i) }).ToList(),
        Ticket = new IncidentTicket { CompanyIdentifier = company, CompanyName = companyName, EnteredAt = entered ?? opened, Summary = $"Ticket {100 + id}" },
    };

    private static TimelineEntry Line(
        int incident, TimelineKind kind, string at, int? step = null, (string Id, string Name)? person = null, string? channel = null, string? result = null) => new()
    {
        IncidentId = incident.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TicketId = 100 + incident,
        Kind = kind,
        At = At(at),
        Policy = Incidents().Single(i => i.Id == incident).Policy,
        Step = step,
        Repeat = step is null ? null : 0,
        PersonId = person?.Id,
        PersonName = person?.Name,
        Channel = channel,
        Result = result,
        Text = $"{kind} {person?.Name}",
    };
}

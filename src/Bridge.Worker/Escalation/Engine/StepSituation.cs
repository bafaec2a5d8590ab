using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Everything choosing a step's people depends on, read once before the choice: for each schedule the step names, who
/// is on call and, when that person is busy, the members of the next shifts; each role's holders; the people the targets can reach; and the busy
/// set (acknowledged incidents and who holds them). <see cref="StepTargets"/> decides from this alone.
/// </summary>
internal sealed record StepSituation(
    IReadOnlyDictionary<string, StepSituation.ScheduleNow> Schedules,
    IReadOnlyDictionary<string, IReadOnlyList<Person>> Roles,
    IReadOnlyDictionary<string, Person> People,
    IReadOnlyList<StepSituation.BusyIncident> Busy)
{
    /// <summary>How many shifts ahead are read per schedule: a weekly rotation restricted to nights comes as one shift per night.</summary>
    public const int ShiftsAhead = 64;

    public static StepSituation Read(IOnCallResolver onCall, IEnumerable<Incident> acknowledged, Incident incident, IReadOnlyList<string> targets, DateTimeOffset at)
    {
        var busy = BusySet(acknowledged);
        var schedules = new Dictionary<string, ScheduleNow>(StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.OrdinalIgnoreCase);
        var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in targets)
        {
            if (!EscalationTarget.TryParse(text, out var target))
            {
                continue;
            }

            switch (target.Kind)
            {
                case EscalationTargetKind.Schedule when onCall.HasSchedule(target.Name) && !schedules.ContainsKey(target.Name):
                    var now = onCall.WhoIsOnCall(target.Name, at);
                    // The next shifts matter only when the person on call is busy (then the next free one is paged).
                    var next = now.Person is { } person && busy.Any(b => b.Member == person.Member)
                        ? onCall.NextShifts(target.Name, at, ShiftsAhead).Select(s => s.Member).ToList()
                        : [];
                    schedules[target.Name] = new ScheduleNow(now.Person, now.Until, next);
                    members.UnionWith(next);
                    break;
                case EscalationTargetKind.Role:
                    roles[target.Name] = onCall.Role(target.Name);
                    break;
                case EscalationTargetKind.Member:
                    members.Add(target.Name);
                    break;
                case EscalationTargetKind.Assigned:
                    members.UnionWith(new[] { incident.Ticket.Owner }.Concat(incident.Ticket.Resources).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m!.Trim()));
                    break;
            }
        }

        var people = members.Select(onCall.FindPerson).OfType<Person>().DistinctBy(p => p.Member, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Member, StringComparer.OrdinalIgnoreCase);
        return new StepSituation(schedules, roles, people, busy);
    }

    /// <summary>The busy set from the acknowledged incidents: who holds which.</summary>
    public static IReadOnlyList<BusyIncident> BusySet(IEnumerable<Incident> acknowledged) =>
        acknowledged
            // An acknowledged test page keeps nobody from a real one.
            .Where(i => i.State == IncidentState.Acknowledged && i.AcknowledgedBy is not null && i.Cause != IncidentCause.Canary)
            .Select(i => new BusyIncident(i.AcknowledgedBy!, i.Id, i.TicketId, i.Ticket.CompanyIdentifier, i.Ticket.CompanyName, i.AcknowledgedAt))
            .ToList();

    /// <summary>
    /// The incident <paramref name="member"/> is busy with: acknowledged by them, for another client's ticket. The same
    /// client's other ticket is not "busy": it is likely the same outage, and they are on it.
    /// </summary>
    public BusyIncident? BusyWith(string member, int exceptTicketId, string? exceptClient) =>
        Busy.Where(b => b.Member == member && b.TicketId != exceptTicketId
                && (exceptClient is null || !string.Equals(b.Client, exceptClient, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(b => b.IncidentId)
            .FirstOrDefault();

    /// <summary>A schedule at the step's instant: the person on call (null in a gap, which lasts until <paramref name="Until"/>) and the members of the next shifts.</summary>
    public sealed record ScheduleNow(Person? OnCall, DateTimeOffset Until, IReadOnlyList<string> Next);

    /// <summary>An acknowledged incident: its holder is busy with it.</summary>
    public sealed record BusyIncident(string Member, int IncidentId, int TicketId, string? Client, string? ClientName, DateTimeOffset? AcknowledgedAt);
}

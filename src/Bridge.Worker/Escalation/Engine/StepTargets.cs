using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Turns a step's targets into the people to page at an instant, and says why anyone was passed over: nobody on
/// call, no one assigned, not a known person, or busy with another client's incident (then the next one in the
/// rotation is paged instead — the seeds' "two clients have issues at the same time"). When everyone looked at
/// is busy, the person on call is paged all the same: a busy technician can still triage, and a step that pages
/// nobody would leave the ticket silent until the next step. Pure: it decides from the <see cref="StepSituation"/> read before.
/// </summary>
internal sealed class StepTargets(StepSituation situation, bool skipBusy, int lookahead, NodaTime.DateTimeZone zone)
{
    public StepPeople Resolve(Incident incident, IReadOnlyList<string> targets)
    {
        var people = new List<Person>();
        var skipped = new List<SkippedTarget>();

        void Add(Person person)
        {
            if (!people.Any(p => string.Equals(p.Member, person.Member, StringComparison.OrdinalIgnoreCase)))
            {
                people.Add(person);
            }
        }

        foreach (var text in targets)
        {
            if (!EscalationTarget.TryParse(text, out var target))
            {
                skipped.Add(new SkippedTarget(null, null, $"'{text}' is not a target this bridge understands"));
                continue;
            }

            switch (target.Kind)
            {
                case EscalationTargetKind.Schedule:
                    FromSchedule(incident, target.Name, Add, skipped);
                    break;
                case EscalationTargetKind.Role:
                    var holders = situation.Roles.TryGetValue(target.Name, out var found) ? found : [];
                    if (holders.Count == 0)
                    {
                        skipped.Add(new SkippedTarget(null, null, $"nobody holds the role {target.Name}"));
                    }

                    foreach (var holder in holders)
                    {
                        Add(holder);
                    }

                    break;
                case EscalationTargetKind.Member:
                    AddMember(target.Name, Add, skipped);
                    break;
                case EscalationTargetKind.Contact:
                    // Not a person to page: the step sender records a client notice for it.
                    break;
                case EscalationTargetKind.Assigned:
                    var assigned = new[] { incident.Ticket.Owner }.Concat(incident.Ticket.Resources)
                        .Where(m => !string.IsNullOrWhiteSpace(m))
                        .Select(m => m!.Trim())
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .ToList();
                    if (assigned.Count == 0)
                    {
                        skipped.Add(new SkippedTarget(null, null, "nobody is assigned to the ticket"));
                    }

                    foreach (var member in assigned)
                    {
                        AddMember(member, Add, skipped);
                    }

                    break;
            }
        }

        return new StepPeople(people, skipped);
    }

    private void AddMember(string member, Action<Person> add, List<SkippedTarget> skipped)
    {
        if (situation.People.TryGetValue(member, out var person))
        {
            add(person);
        }
        else
        {
            skipped.Add(new SkippedTarget(member, null, $"{member} is not among OnCall:People, so the bridge has no way to reach them"));
        }
    }

    private void FromSchedule(Incident incident, string schedule, Action<Person> add, List<SkippedTarget> skipped)
    {
        if (!situation.Schedules.TryGetValue(schedule, out var answer))
        {
            skipped.Add(new SkippedTarget(null, null, $"there is no on-call schedule named {schedule}"));
            return;
        }

        if (answer.OnCall is not { } person)
        {
            skipped.Add(new SkippedTarget(null, null, $"nobody is on call for {schedule} (a gap until {LocalClock.Full(answer.Until, zone)})") { Gap = (schedule, answer.Until) });
            return;
        }

        var client = incident.Ticket.CompanyIdentifier;
        if (!skipBusy || situation.BusyWith(person.Member, incident.TicketId, client) is not { } other)
        {
            add(person);
            return;
        }

        var busy = new SkippedTarget(person.Member, person.Name, $"busy with incident {other.IncidentId} (ticket #{other.TicketId}, {other.ClientName ?? other.Client ?? "another client"}), acknowledged {(other.AcknowledgedAt is { } acknowledgedAt ? LocalClock.Time(acknowledgedAt, zone) : "earlier")}");
        var alsoBusy = new List<SkippedTarget>();
        // A weekly rotation restricted to nights comes as one shift per night: look far enough for the next people.
        var tried = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { person.Member };
        foreach (var member in answer.Next)
        {
            if (tried.Count > lookahead)
            {
                break;
            }

            if (!tried.Add(member) || !situation.People.TryGetValue(member, out var next))
            {
                continue;
            }

            if (situation.BusyWith(next.Member, incident.TicketId, client) is { } nextBusy)
            {
                alsoBusy.Add(new SkippedTarget(next.Member, next.Name, $"next in the {schedule} rotation, but busy with incident {nextBusy.IncidentId} (ticket #{nextBusy.TicketId})"));
                continue;
            }

            skipped.Add(busy);
            skipped.AddRange(alsoBusy);
            add(next);
            return;
        }

        skipped.AddRange(alsoBusy);
        skipped.Add(new SkippedTarget(null, null, $"nobody free among the next {lookahead} people of the {schedule} rotation, so {person.Name}, on call, is paged although {busy.Reason}"));
        add(person);
    }
}

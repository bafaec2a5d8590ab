using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using NodaTime;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// What escalation would do with a routing decision at an instant, for <c>bridge explain</c>: the incident plan
/// (<see cref="IncidentPlanner"/>), then every send of its ladder at that send's instant with the people it would page,
/// chosen by the engine's own code (<see cref="StepSituation"/>, <see cref="StepTargets"/>) and passed over as the
/// step sender passes them (no contact method on the step's channels). A step that would page nobody brings the next
/// one forward, as the engine does; a ladder with an escalation threshold moves to its threshold policy then.
/// Pure: the incident it reasons about is built in memory and never stored; nothing is recorded, nobody is paged.
/// </summary>
internal sealed record LadderPreview(IncidentPlan? Plan, string Outcome, IReadOnlyList<LadderPreview.Ladder> Ladders)
{
    /// <summary>More sends than any sane ladder has: a guard, not a limit anyone meets.</summary>
    public const int MaxSends = 200;

    public static LadderPreview Build(
        RoutingDecision decision,
        TicketSnapshot ticket,
        EscalationOptions options,
        IOnCallResolver onCall,
        IReadOnlyList<Incident> acknowledged,
        DateTimeOffset at,
        DateTimeZone zone)
    {
        if (!options.Enabled)
        {
            return new(null, "no incident: Escalation:Enabled is false (routing decides, nobody is paged)", []);
        }

        var plan = IncidentPlanner.Plan(decision, ticket.DateEntered, at, options.ColdStartWindow, options.BusinessHoursPolicy,
            options.Policies.ContainsKey, instant => LocalClock.Full(instant, zone));
        if (plan is null)
        {
            return new(null, NoIncident(decision, options), []);
        }

        var incident = IncidentPlanner.Open(plan, decision, ticket, options, at);
        var policy = options.Policies[plan.Policy];
        var threshold = !string.IsNullOrWhiteSpace(policy.ThresholdPolicy)
            && options.Policies.ContainsKey(policy.ThresholdPolicy.Trim()) ? decision.Sla.Escalation : null;
        var ladders = new List<Ladder> { Run(incident, plan.Policy, policy, plan.LadderStart, threshold, options, onCall, acknowledged, zone) };
        if (threshold is { } thresholdAt)
        {
            var next = policy.ThresholdPolicy!.Trim();
            ladders.Add(Run(incident, next, options.Policies[next], thresholdAt, null, options, onCall, acknowledged, zone));
        }

        return new(plan, $"an incident would open ({plan.Cause}): {plan.Why}", ladders);
    }

    private static string NoIncident(RoutingDecision decision, EscalationOptions options) => decision.Disposition switch
    {
        Disposition.PageNow => $"no incident: the policy {decision.EscalationPolicy} is not among Escalation:Policies",
        Disposition.BusinessHours when decision.Sla.InternalResponse is null => "no incident: within business hours, and no internal-response SLA for this priority",
        Disposition.BusinessHours when string.IsNullOrWhiteSpace(options.BusinessHoursPolicy) => "no incident: within business hours, and Escalation:BusinessHoursPolicy is empty",
        Disposition.BusinessHours => $"no incident: within business hours, and the policy {options.BusinessHoursPolicy} is not among Escalation:Policies",
        _ => $"no incident: {decision.Disposition} pages nobody now (next business opening {LocalClockText(decision.NextBusinessOpening)})",
    };

    private static string LocalClockText(DateTimeOffset at) => at.ToString("ddd yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The sends of one ladder started at <paramref name="start"/>, in the engine's order, up to <paramref name="until"/>.</summary>
    private static Ladder Run(
        Incident incident,
        string name,
        EscalationPolicyOptions policy,
        DateTimeOffset start,
        DateTimeOffset? until,
        EscalationOptions options,
        IOnCallResolver onCall,
        IReadOnlyList<Incident> acknowledged,
        DateTimeZone zone)
    {
        incident.Policy = name;
        incident.LadderStart = start;
        incident.Steps = LadderSteps.Copy(policy, options, incident.Cause);
        incident.GiveUpAt = LadderSteps.GiveUpAt(policy, options, incident.Cause, start);
        var keepsPaging = incident.Steps.FirstOrDefault(s => s.ThenEvery is not null);
        // A last step that pages until someone acknowledges is shown up to its second repeat beyond the ladder's own.
        var horizon = until ?? (keepsPaging is { ThenEvery: { } every } ? start + keepsPaging.ThenFrom + every + TimeSpan.FromSeconds(1) : null);

        var sends = new List<Send>();
        while (sends.Count < MaxSends)
        {
            var due = incident.Steps
                .Select(s => (Step: s, At: LadderClock.NextDue(s, start, incident.GiveUpAt)))
                .Where(d => d.At is not null && (horizon is null || d.At < horizon))
                .OrderBy(d => d.At).ThenBy(d => d.Step.Number)
                .FirstOrDefault();
            if (due.Step is null)
            {
                break;
            }

            var step = due.Step;
            var when = due.At!.Value;
            var scheduled = LadderClock.DueAt(step, step.NextRepeat, start);
            var send = Resolve(incident, step, when, options, onCall, acknowledged, zone) with
            {
                Repeat = step.NextRepeat,
                BroughtForwardFrom = step.DueOverride is not null && scheduled != when ? scheduled : null,
            };
            step.NextRepeat++;
            step.DueOverride = null;
            sends.Add(send);
            if (send.Paged.Count == 0)
            {
                // The engine's fall-through: the next step not yet sent is brought forward to now.
                LadderClock.BringNextForward(incident, step, send.Repeat, when);
            }
        }

        return new Ladder(name, start, until, sends)
        {
            KeepsPaging = until is null && keepsPaging is { ThenEvery: { } interval } ? (keepsPaging.Number, interval) : null,
            GivesUpAt = incident.GiveUpAt,
        };
    }

    /// <summary>One send at <paramref name="at"/>: each target resolved on its own so every person says how they were reached.</summary>
    private static Send Resolve(Incident incident, IncidentStep step, DateTimeOffset at, EscalationOptions options, IOnCallResolver onCall, IReadOnlyList<Incident> acknowledged, DateTimeZone zone)
    {
        var situation = StepSituation.Read(onCall, acknowledged, incident, step.Targets, at);
        var targets = new StepTargets(situation, options.SkipBusyPeople, options.BusyLookahead, zone);
        var paged = new List<Reached>();
        var skipped = new List<SkippedTarget>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? notice = null;
        foreach (var text in step.Targets)
        {
            if (EscalationTarget.TryParse(text, out var target) && target.Kind == EscalationTargetKind.Contact)
            {
                notice = $"the client's contact {incident.Ticket.ContactName ?? "(none on the ticket)"} is mailed";
                continue;
            }

            var chosen = targets.Resolve(incident, [text]);
            skipped.AddRange(chosen.Skipped);
            foreach (var person in chosen.People)
            {
                if (!seen.Add(person.Member))
                {
                    continue;
                }

                if (!person.Contacts.Any(c => step.Channels.Count == 0 || step.Channels.Contains(c.Kind.ToString(), StringComparer.OrdinalIgnoreCase)))
                {
                    skipped.Add(new SkippedTarget(person.Member, person.Name, step.Channels.Count == 0
                        ? "no contact method configured"
                        : $"no {string.Join(" or ", step.Channels)} contact method configured"));
                    continue;
                }

                paged.Add(new Reached(person, How(target, person, situation, incident, zone)));
            }
        }

        return new Send(step.Number, 0, at, null, step.Targets, paged, skipped, notice) { IsFallback = step.IsFallback };
    }

    private static string How(EscalationTarget target, Person person, StepSituation situation, Incident incident, DateTimeZone zone) => target.Kind switch
    {
        EscalationTargetKind.Schedule when situation.Schedules.TryGetValue(target.Name, out var now)
            && string.Equals(now.OnCall?.Member, person.Member, StringComparison.OrdinalIgnoreCase)
            => $"on call for {target.Name} until {LocalClock.Full(now.Until, zone)}",
        EscalationTargetKind.Schedule => $"next free in the {target.Name} rotation",
        EscalationTargetKind.Role => $"holds the role {target.Name}",
        EscalationTargetKind.Assigned when string.Equals(incident.Ticket.Owner?.Trim(), person.Member, StringComparison.OrdinalIgnoreCase) => "owns the ticket",
        EscalationTargetKind.Assigned => "a resource on the ticket",
        _ => "named by the step",
    };

    /// <summary>One ladder's sends; <paramref name="Until"/> is the escalation threshold that ends it, if any.</summary>
    public sealed record Ladder(string Policy, DateTimeOffset Start, DateTimeOffset? Until, IReadOnlyList<Send> Sends)
    {
        /// <summary>The step that goes on paging past the ladder's own sends, and how often (null: none, or a threshold ends it first).</summary>
        public (int Step, TimeSpan Every)? KeepsPaging { get; init; }

        /// <summary>When the ladder gives up (<c>GiveUpAfter</c>), if it does.</summary>
        public DateTimeOffset? GivesUpAt { get; init; }
    }

    /// <summary>
    /// One send of a step: when, who it pages and who it passes over, and a client notice; <paramref name="BroughtForwardFrom"/>
    /// is the instant it was due when an earlier step that paged nobody brought it forward.
    /// </summary>
    public sealed record Send(
        int Step,
        int Repeat,
        DateTimeOffset At,
        DateTimeOffset? BroughtForwardFrom,
        IReadOnlyList<string> Targets,
        IReadOnlyList<Reached> Paged,
        IReadOnlyList<SkippedTarget> Skipped,
        string? Notice)
    {
        /// <summary>The fallback of an exhausted ladder (<c>Escalation:Exhausted</c>), not one of the policy's steps.</summary>
        public bool IsFallback { get; init; }
    }

    /// <summary>A person a send pages, and how the step reached them (on call, a role, assigned).</summary>
    public sealed record Reached(Person Person, string How);
}

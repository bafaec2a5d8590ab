using System.Text.Json;
using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// Sends one due step of one incident: chooses the people, writes the step's start with them (so a crash resumes
/// the same send to the same people), pages each through the dispatcher under a dedup key
/// (<c>incident:ladder:step:repeat:person</c>), writes every attempt, then marks the step done.
/// The caller holds the ticket's lock.
/// </summary>
internal sealed class StepSender(
    BridgeDatabase database,
    IncidentStore incidents,
    IncidentTimeline timeline,
    IOnCallResolver onCall,
    PageQueue pages,
    DeliveryLanes lanes,
    NoticeSender notices,
    IOptionsMonitor<OnCallOptions> onCallOptions,
    AckLinks links,
    LocalClock clock,
    IOptionsMonitor<EscalationOptions> options,
    ILogger<StepSender> logger)
{
    public Task SendAsync(Incident incident, DueSend due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var step = incident.Steps[due.Step - 1];
        var settings = options.CurrentValue;
        if (step.IsFallback)
        {
            // Written on the step, so a send a crash interrupted resumes with the same words.
            step.Message = Exhausted(incident, now);
        }

        var situation = StepSituation.Read(onCall, incidents.Acknowledged(), incident, step.Targets, now);
        var chosen = new StepTargets(situation, settings.SkipBusyPeople, settings.BusyLookahead, clock.Zone).Resolve(incident, step.Targets);
        incident.InFlight = new InFlightSend { Step = due.Step, Repeat = due.Repeat, People = chosen.People.Select(p => p.Member).ToList() };
        // The step's start, its people and their pages handed to delivery: one write.
        var woken = database.Write(() =>
        {
            timeline.Insert(Line(incident, TimelineKind.StepStarted, now, e =>
            {
                (e.Step, e.Repeat) = (due.Step, due.Repeat);
                e.Text = (step.IsFallback
                        ? $"{step.Message}: fallback {string.Join(", ", step.Targets)}"
                        : $"step {due.Step}{RepeatText(due.Repeat)} of {incident.Policy}: {string.Join(", ", step.Targets)}")
                    + (due.DueAt < now - TimeSpan.FromMinutes(1) ? $" (due {clock.Time(due.DueAt)}, sent late)" : "");
            }));
            if (step.MailsContact)
            {
                timeline.Insert(Line(incident, TimelineKind.ClientNotice, now, e =>
                {
                    (e.Step, e.Repeat, e.Note) = (due.Step, due.Repeat, incident.Cause == IncidentCause.WaitingOnClient ? "WaitingOnClient" : "Received");
                    e.Text = $"the client's contact {incident.Ticket.ContactName ?? "(none on the ticket)"} is mailed";
                }));
            }

            foreach (var skipped in chosen.Skipped)
            {
                timeline.Insert(Line(incident, TimelineKind.TargetSkipped, now, e =>
                {
                    (e.Step, e.Repeat, e.PersonId, e.PersonName) = (due.Step, due.Repeat, skipped.Member, skipped.Name);
                    e.Text = skipped.Name is null ? $"passed over: {skipped.Reason}" : $"passed over {skipped.Name}: {skipped.Reason}";
                }));
            }

            return Queue(incident, now);
        });
        EscalationLog.StepStarted(logger, incident.Id, due.Step, due.Repeat, chosen.People.Count, chosen.Skipped.Count);
        lanes.Wake(woken);
        foreach (var gap in chosen.Skipped.Select(k => k.Gap).OfType<(string Schedule, DateTimeOffset Until)>().Distinct())
        {
            TellOwner(incident, gap.Schedule, gap.Until, now);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Hands the pages of the send in flight to delivery and moves the ladder past the step, in one write; also resumes
    /// a send a crash interrupted. Delivery completes the step on the incident once every page has ended.
    /// </summary>
    public Task DeliverAsync(Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lanes.Wake(database.Write(() => Queue(incident, now)));
        return Task.CompletedTask;
    }

    /// <summary>The pages of the send in flight as delivery's requests, the ladder moved past the step; returns the lanes to wake. Inside a write.</summary>
    private List<string> Queue(Incident incident, DateTimeOffset now)
    {
        var send = incident.InFlight ?? throw new InvalidOperationException($"Incident {incident.Id} has no send in flight.");
        var lines = new List<TimelineEntry>();
        var requests = new List<PageRequest>();
        var only = incident.Steps[send.Step - 1].Channels;
        foreach (var member in send.People)
        {
            if (onCall.FindPerson(member) is not { } person)
            {
                lines.Add(Line(incident, TimelineKind.TargetSkipped, now, e =>
                {
                    (e.Step, e.Repeat, e.PersonId) = (send.Step, send.Repeat, member);
                    e.Text = $"passed over {member}: no longer among OnCall:People";
                }));
                continue;
            }

            var methods = person.Contacts
                .Select(c => new PageMethod { Kind = c.Kind.ToString().ToLowerInvariant(), Address = c.Address })
                .Where(c => only.Count == 0 || only.Contains(c.Kind, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (methods.Count == 0)
            {
                lines.Add(Line(incident, TimelineKind.TargetSkipped, now, e =>
                {
                    (e.Step, e.Repeat, e.PersonId, e.PersonName) = (send.Step, send.Repeat, person.Member, person.Name);
                    e.Text = only.Count == 0 ? $"passed over {person.Name}: no contact method configured" : $"passed over {person.Name}: no {string.Join(" or ", only)} contact method configured";
                }));
                continue;
            }

            requests.Add(new PageRequest
            {
                IncidentId = incident.Id,
                Send = SendKey(incident, send),
                TicketId = incident.TicketId,
                Step = send.Step,
                Repeat = send.Repeat,
                PersonId = person.Member,
                PersonName = person.Name,
                Page = JsonSerializer.Serialize(Page(incident, send, person, now), DeliveryJson.Options),
                Methods = methods,
                Lane = DeliveryLanes.LaneOf(methods[0].Kind),
                State = PageRequestState.Pending,
                CreatedAt = now,
            });
        }

        var step = incident.Steps[send.Step - 1];
        step.NextRepeat = Math.Max(step.NextRepeat, send.Repeat + 1);
        step.DueOverride = null;
        incident.InFlight = null;
        if (requests.Count == 0)
        {
            lines.Add(FallThrough(incident, step, send.Repeat, now, clock, "paged nobody") ?? CompletedLine(incident, send.Step, send.Repeat, [], send.People.Count, now));
        }

        incidents.Update(incident);
        foreach (var line in lines)
        {
            timeline.Insert(line);
        }

        pages.Add(requests);
        return requests.Select(r => r.Lane).Distinct().ToList();
    }

    /// <summary>
    /// A step meant to page people that found nobody to page (an on-call gap, an empty role, nobody with a contact
    /// method on its channels, every page failed) brings the next step forward (<see cref="LadderClock.BringNextForward"/>),
    /// and the line says so; null when nothing was brought forward.
    /// </summary>
    internal static TimelineEntry? FallThrough(Incident incident, IncidentStep step, int repeat, DateTimeOffset now, LocalClock clock, string what)
    {
        if (LadderClock.BringNextForward(incident, step, repeat, now) is not var (next, was))
        {
            return null;
        }

        return Line(incident, TimelineKind.StepCompleted, now, e =>
        {
            (e.Step, e.Repeat) = (step.Number, repeat);
            e.Text = $"step {step.Number} {what}: step {next.Number} is paged now, not at {clock.Time(was)}";
        });
    }

    /// <summary>
    /// A page found nobody on call in <paramref name="schedule"/>: its owner (<c>OnCall:Schedules:…:Owner</c>) is told
    /// once per gap, with how to fill it.
    /// </summary>
    private void TellOwner(Incident incident, string schedule, DateTimeOffset until, DateTimeOffset now)
    {
        var owner = onCallOptions.CurrentValue.Schedules.FirstOrDefault(s => string.Equals(s.Name, schedule, StringComparison.OrdinalIgnoreCase))?.Owner?.Trim();
        if (string.IsNullOrEmpty(owner))
        {
            return;
        }

        var notice = new Notice(
            $"hole:{schedule}:{until.UtcDateTime:O}",
            $"Nobody on call in {schedule}",
            $"Ticket #{incident.TicketId} ({incident.Ticket.CompanyName ?? incident.Ticket.CompanyIdentifier}, {incident.PriorityLevel ?? incident.Ticket.PriorityName}) found nobody on call in {schedule} at {clock.Time(now)}: "
            + $"the rotation has a gap until {clock.Full(until)}. The next step of its ladder was paged at once. "
            + $"Fill the gap: bridge oncall override --schedule {schedule} --person MEMBER --from {InstantText.Format(now, clock.Zone)} --to {InstantText.Format(until, clock.Zone)}");
        // An owner is written as a target (role:Dispatcher, member:fpatel) or a bare member identifier.
        var told = EscalationTarget.TryParse(owner, out var target) && target.Kind == EscalationTargetKind.Role
            ? notices.SendToRole(notice, target.Name)
            : notices.Send(notice, [target?.Kind == EscalationTargetKind.Member ? target.Name : owner]);
        if (told.Outcome == NoticeOutcome.Queued)
        {
            database.Write(() => timeline.Insert(Line(incident, TimelineKind.Note, now, e =>
                e.Text = $"the gap in {schedule} was reported to its owner ({string.Join(", ", told.Told)})")));
        }
    }

    /// <summary>"Nobody acknowledged in 1 h 15 min (tried Dana Schmidt ×6, Farah Patel ×4)": who this ladder reached, how often.</summary>
    private string Exhausted(Incident incident, DateTimeOffset now)
    {
        var tried = pages.ForLadder(incident.Id, incident.Ladder)
            .Where(r => r.State == PageRequestState.Reached)
            .GroupBy(r => r.PersonName ?? r.PersonId)
            .Select(g => g.Count() == 1 ? g.Key : $"{g.Key} ×{g.Count()}")
            .ToList();
        var span = Kernel.DurationText.Of(now - incident.LadderStart);
        return tried.Count == 0
            ? $"Nobody acknowledged in {span} and no page got through"
            : $"Nobody acknowledged in {span} (tried {string.Join(", ", tried)})";
    }

    /// <summary>The line that closes a step send: who it reached, or that it reached nobody.</summary>
    internal static TimelineEntry CompletedLine(Incident incident, int stepNumber, int repeat, IReadOnlyList<string> reached, int people, DateTimeOffset now) =>
        Line(incident, TimelineKind.StepCompleted, now, e =>
        {
            (e.Step, e.Repeat) = (stepNumber, repeat);
            e.Text = reached.Count == 0 && people == 0
                ? $"step {stepNumber}{RepeatText(repeat)} done"
                : reached.Count == 0
                ? $"step {stepNumber}{RepeatText(repeat)} reached nobody; the next step is the safety net"
                : $"step {stepNumber}{RepeatText(repeat)} reached {string.Join(", ", reached)}";
        });

    /// <summary>The line for one attempt of one page through one contact method.</summary>
    internal static TimelineEntry AttemptLine(Incident incident, PageRequest request, DeliveryRecord attempt) =>
        Line(incident, TimelineKind.NotificationAttempt, attempt.UpdatedAt, e =>
        {
            (e.Step, e.Repeat, e.PersonId, e.PersonName, e.Channel) = (request.Step, request.Repeat, request.PersonId, request.PersonName, attempt.Kind);
            e.Result = ResultText(attempt.State);
            e.Text = $"paged {request.PersonName} by {attempt.Kind} ({e.Result}{(attempt.State == DeliveryState.Failed && attempt.Reason is { Length: > 0 } reason ? ": " + reason : "")})";
        });

    private static string SendKey(Incident incident, InFlightSend send) => $"{incident.Id}:{incident.Ladder}:{send.Step}:{send.Repeat}";

    private Notification Page(Incident incident, InFlightSend send, Person person, DateTimeOffset now) => new()
    {
        IncidentId = incident.Key,
        TicketId = incident.TicketId,
        Summary = incident.Steps[send.Step - 1].Message is { Length: > 0 } message ? $"{message} — {incident.Ticket.Summary}" : incident.Ticket.Summary,
        Client = incident.Ticket.CompanyName ?? incident.Ticket.CompanyIdentifier ?? "",
        ContactName = incident.Ticket.ContactName ?? "",
        Priority = incident.PriorityLevel ?? incident.Ticket.PriorityName ?? "",
        Step = send.Step,
        DueAt = incident.ResponseDueAt,
        Links = links.For(incident.Id, person.Member, now),
        DedupKey = $"{incident.Id}:{incident.Ladder}:{send.Step}:{send.Repeat}:{person.Member}",
    };

    public string NameOf(string member) => onCall.FindPerson(member)?.Name ?? member;

    internal static TimelineEntry Line(Incident incident, TimelineKind kind, DateTimeOffset at, Action<TimelineEntry> set)
    {
        var entry = new TimelineEntry { IncidentId = incident.Key, TicketId = incident.TicketId, At = at, Kind = kind, Policy = incident.Policy, Cause = incident.Cause, Ticket = TicketFacts.Of(incident) };
        set(entry);
        return entry;
    }

    private static string RepeatText(int repeat) => repeat == 0 ? "" : $" (repeat {repeat})";

    private static string ResultText(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "sent",
        DeliveryState.Delivered => "delivered",
        DeliveryState.Read => "read",
        DeliveryState.Failed => "failed",
        DeliveryState.Shadow => "shadow",
        _ => "unknown",
    };
}

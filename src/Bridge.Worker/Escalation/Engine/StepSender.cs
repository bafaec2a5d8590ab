using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;
using DeliveryContact = Bridge.Worker.Escalation.Delivery.ContactMethod;

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
    NotificationDispatcher dispatcher,
    AckLinks links,
    LocalClock clock,
    IOptionsMonitor<EscalationOptions> options,
    ILogger<StepSender> logger)
{
    public async Task SendAsync(Incident incident, DueSend due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var step = incident.Steps[due.Step - 1];
        var settings = options.CurrentValue;
        var targets = new StepTargets(onCall, incidents.BusyWith, settings.SkipBusyPeople, settings.BusyLookahead, clock);
        var chosen = targets.Resolve(incident, step.Targets, now);
        incident.InFlight = new InFlightSend { Step = due.Step, Repeat = due.Repeat, People = chosen.People.Select(p => p.Member).ToList() };
        database.Write(() =>
        {
            incidents.Update(incident);
            timeline.Insert(Line(incident, TimelineKind.StepStarted, now, e =>
            {
                (e.Step, e.Repeat) = (due.Step, due.Repeat);
                e.Text = $"step {due.Step}{RepeatText(due.Repeat)} of {incident.Policy}: {string.Join(", ", step.Targets)}"
                    + (due.DueAt < now - TimeSpan.FromMinutes(1) ? $" (due {clock.Time(due.DueAt)}, sent late)" : "");
            }));
            if (step.Targets.Any(t => EscalationTarget.TryParse(t, out var target) && target.Kind == EscalationTargetKind.Contact))
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
        });
        EscalationLog.StepStarted(logger, incident.Id, due.Step, due.Repeat, chosen.People.Count, chosen.Skipped.Count);
        await DeliverAsync(incident, now, cancellationToken);
    }

    /// <summary>Pages the people of the send in flight and marks its step done; also resumes a send a crash interrupted.</summary>
    public async Task DeliverAsync(Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var send = incident.InFlight ?? throw new InvalidOperationException($"Incident {incident.Id} has no send in flight.");
        var reached = new List<string>();
        foreach (var member in send.People)
        {
            if (onCall.FindPerson(member) is not { } person)
            {
                timeline.Append(Line(incident, TimelineKind.TargetSkipped, now, e =>
                {
                    (e.Step, e.Repeat, e.PersonId) = (send.Step, send.Repeat, member);
                    e.Text = $"passed over {member}: no longer among OnCall:People";
                }));
                continue;
            }

            var page = Page(incident, send, person, now);
            var only = incident.Steps[send.Step - 1].Channels;
            var recipient = new Recipient(person.Member, person.Name, person.Contacts
                .Select(c => new DeliveryContact(c.Kind.ToString().ToLowerInvariant(), c.Address))
                .Where(c => only.Count == 0 || only.Contains(c.Kind, StringComparer.OrdinalIgnoreCase))
                .ToList());
            var result = await dispatcher.DispatchAsync(page, recipient, cancellationToken);
            foreach (var attempt in result.Attempts)
            {
                timeline.Append(Line(incident, TimelineKind.NotificationAttempt, attempt.UpdatedAt, e =>
                {
                    (e.Step, e.Repeat, e.PersonId, e.PersonName, e.Channel) = (send.Step, send.Repeat, person.Member, person.Name, attempt.Kind);
                    e.Result = ResultText(attempt.State);
                    e.Text = $"paged {person.Name} by {attempt.Kind} ({e.Result}{(attempt.State == DeliveryState.Failed && attempt.Reason is { Length: > 0 } reason ? ": " + reason : "")})";
                }));
            }

            if (result.Status == DispatchStatus.NoContactMethods)
            {
                timeline.Append(Line(incident, TimelineKind.TargetSkipped, now, e =>
                {
                    (e.Step, e.Repeat, e.PersonId, e.PersonName) = (send.Step, send.Repeat, person.Member, person.Name);
                    e.Text = only.Count == 0 ? $"passed over {person.Name}: no contact method configured" : $"passed over {person.Name}: no {string.Join(" or ", only)} contact method configured";
                }));
            }

            if (result.Reached)
            {
                reached.Add(person.Member);
            }
        }

        var step = incident.Steps[send.Step - 1];
        step.NextRepeat = Math.Max(step.NextRepeat, send.Repeat + 1);
        step.DueOverride = null;
        incident.InFlight = null;
        foreach (var member in reached.Where(m => !incident.Paged.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            incident.Paged.Add(member);
        }

        database.Write(() =>
        {
            incidents.Update(incident);
            timeline.Insert(Line(incident, TimelineKind.StepCompleted, now, e =>
            {
                (e.Step, e.Repeat) = (send.Step, send.Repeat);
                e.Text = reached.Count == 0 && send.People.Count == 0
                    ? $"step {send.Step}{RepeatText(send.Repeat)} done"
                    : reached.Count == 0
                    ? $"step {send.Step}{RepeatText(send.Repeat)} reached nobody; the next step is the safety net"
                    : $"step {send.Step}{RepeatText(send.Repeat)} reached {string.Join(", ", reached.Select(NameOf))}";
            }));
        });
    }

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
        var entry = new TimelineEntry { IncidentId = incident.Key, TicketId = incident.TicketId, At = at, Kind = kind, Policy = incident.Policy, Cause = incident.Cause };
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

using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Turns one timeline line into the outbox records it causes, deterministically: the keys come from the line's id
/// (<c>tl:{id}:time</c>, <c>tl:{id}:note</c>, <c>tl:{id}:status</c>), so reading a line twice adds nothing.
/// </summary>
/// <remarks>
/// A line's records go in the order time entry, note, status: a closing status may forbid time on the ticket, so
/// the time is logged before the status moves. What the planner knows of the ticket is what the line carries
/// (<see cref="TimelineEntry.Ticket"/>). A line without it, from a state file of an older version, plans as for a
/// service ticket at the normal rate with no status seen and no contact: no client notice, and a status write that
/// compares only with what the bridge itself last set.
/// </remarks>
internal static class WriteBackPlanner
{
    /// <param name="entry">The line.</param>
    /// <param name="incident">The incident's lines up to and including <paramref name="entry"/> (used for a step's note).</param>
    /// <param name="context">Options, zone, instant.</param>
    public static IReadOnlyList<OutboxRecord> Plan(TimelineEntry entry, IReadOnlyList<TimelineEntry> incident, WriteBackPlanContext context)
    {
        // The self-watch's canary has no ConnectWise ticket behind it: nothing of it is written there.
        if (entry.Cause == IncidentCause.Canary || entry.TicketId <= 0)
        {
            return [];
        }

        var options = context.Options;
        var records = new List<OutboxRecord>();
        switch (entry.Kind)
        {
            // A reminder to the staff while the ticket waits on the client is not a contact attempt the client pays to see.
            case TimelineKind.NotificationAttempt when options.ContactAttempts.Enabled && entry.Cause != IncidentCause.WaitingOnClient:
                records.Add(ContactAttempt(entry, context));
                break;
            case TimelineKind.StepCompleted when options.Notes:
                records.Add(Note(entry, context, WriteBackText.Step(entry, StepLines(entry, incident), context.Zone)));
                break;
            case TimelineKind.Opened when entry.Cause is null or IncidentCause.AfterHours:
                ClientNotices.Add(records, entry, context, ClientNoticeKind.Received);
                break;
            case TimelineKind.ClientNotice when Enum.TryParse<ClientNoticeKind>(entry.Note, out var notice):
                ClientNotices.Add(records, entry, context, notice);
                break;
            case TimelineKind.Deferred:
                ClientNotices.Add(records, entry, context, ClientNoticeKind.Deferred);
                break;
            case TimelineKind.Acknowledged:
                AddWorkLogged(records, entry, context);
                AddNote(records, entry, context, WriteBackText.Acknowledged(entry, context.Zone));
                AddStatus(records, entry, context, WriteBackEvent.Acknowledged);
                if (entry.Cause != IncidentCause.WaitingOnClient)
                {
                    ClientNotices.Add(records, entry, context, ClientNoticeKind.Assigned);
                }

                break;
            case TimelineKind.Escalated:
                AddStatus(records, entry, context, WriteBackEvent.Escalated);
                if (entry.Channel == TimelineChannels.Bridge)
                {
                    // The bridge moved it up (the escalation threshold), not a person asking for the next step.
                    ClientNotices.Add(records, entry, context, ClientNoticeKind.Tier3);
                }

                break;
            case TimelineKind.Resolved:
                AddWorkLogged(records, entry, context);
                AddNote(records, entry, context, WriteBackText.Resolved(entry, context.Zone));
                AddStatus(records, entry, context, WriteBackEvent.Resolved);
                break;
        }

        return records;
    }

    /// <summary>The attempts and skips of the step (or repeat) a StepCompleted line closes.</summary>
    internal static IReadOnlyList<TimelineEntry> StepLines(TimelineEntry completed, IReadOnlyList<TimelineEntry> incident)
    {
        var previousClose = incident
            .Where(e => e.Kind == TimelineKind.StepCompleted && e.Id < completed.Id)
            .Select(e => e.Id)
            .DefaultIfEmpty(0)
            .Max();
        return incident
            .Where(e => e.Id > previousClose && e.Id < completed.Id
                && e.Kind is TimelineKind.NotificationAttempt or TimelineKind.TargetSkipped
                && e.Step == completed.Step && (e.Repeat ?? 0) == (completed.Repeat ?? 0))
            .OrderBy(e => e.Id)
            .ToList();
    }

    private static OutboxRecord ContactAttempt(TimelineEntry entry, WriteBackPlanContext context)
    {
        var options = context.Options.ContactAttempts;
        var at = WholeSeconds(entry.At);
        var write = new TimeEntryWrite(
            Member: string.IsNullOrWhiteSpace(options.Member) ? null : options.Member.Trim(),
            Start: at,
            End: at,
            BillableOption: options.BillableOption,
            WorkType: Blank(options.WorkType),
            Notes: WriteBackText.ContactAttempt(entry, context.Zone));
        return New(entry, context, OutboxKind.TimeEntry, "time", WriteBackJson.Write(write),
            $"zero-hour entry ({write.BillableOption}{(write.WorkType is null ? "" : ", " + write.WorkType)}): {write.Notes}");
    }

    private static void AddWorkLogged(List<OutboxRecord> records, TimelineEntry entry, WriteBackPlanContext context)
    {
        if (entry.MinutesWorked is not > 0 || string.IsNullOrWhiteSpace(entry.PersonId))
        {
            return;
        }

        var billingClass = entry.Ticket?.BillingClass ?? BillingClass.Normal;
        var billing = TimeEntryBilling.For(billingClass.Kind, context.Options.Billing);
        var end = WholeSeconds(entry.At);
        var write = new TimeEntryWrite(
            Member: entry.PersonId.Trim(),
            Start: end.AddMinutes(-entry.MinutesWorked.Value),
            End: end,
            BillableOption: billing.BillableOption,
            WorkType: Blank(billing.WorkType),
            Notes: WriteBackText.WorkLogged(entry, billingClass.ToString()));
        records.Add(New(entry, context, OutboxKind.TimeEntry, "time", WriteBackJson.Write(write),
            $"{entry.MinutesWorked} min for {write.Member}, {billingClass}: {write.WorkType ?? "default work type"}, {write.BillableOption}"));
    }

    private static void AddNote(List<OutboxRecord> records, TimelineEntry entry, WriteBackPlanContext context, string text)
    {
        if (context.Options.Notes)
        {
            records.Add(Note(entry, context, text));
        }
    }

    private static OutboxRecord Note(TimelineEntry entry, WriteBackPlanContext context, string text) =>
        New(entry, context, OutboxKind.Note, "note", WriteBackJson.Write(new NoteWrite(text)), "internal note: " + text);

    private static void AddStatus(List<OutboxRecord> records, TimelineEntry entry, WriteBackPlanContext context, WriteBackEvent writeBackEvent)
    {
        // A person's own change in ConnectWise (a work-in-progress status, closing the ticket) already set the status:
        // writing ours over it would undo theirs.
        if (entry.Channel == TimelineChannels.ConnectWise)
        {
            return;
        }

        // Only when some board maps the event; which board the ticket is on is read when the write is made.
        if (context.Options.Statuses.Values.Any(s => !string.IsNullOrWhiteSpace(s?.For(writeBackEvent))))
        {
            records.Add(New(entry, context, OutboxKind.Status, "status", WriteBackJson.Write(new StatusWrite(writeBackEvent, Seen(entry.Ticket))),
                $"status for {writeBackEvent}"));
        }
    }

    internal static OutboxRecord New(TimelineEntry entry, WriteBackPlanContext context, OutboxKind kind, string suffix, string payload, string summary) => new()
    {
        Key = $"tl:{entry.Id}:{suffix}",
        Kind = kind,
        TicketId = entry.TicketId,
        IncidentId = entry.IncidentId,
        RecordType = TicketRecordTypes.IsProject(entry.Ticket?.RecordType) ? entry.Ticket!.RecordType : null,
        TimelineEntryId = entry.Id,
        Payload = payload,
        Summary = summary,
        State = OutboxState.Pending,
        Open = true,
        CreatedAt = context.Now,
        NextAttemptAt = context.Now,
    };

    /// <summary>The ticket's status as escalation saw it when it wrote the line.</summary>
    private static KnownStatus? Seen(TicketFacts? ticket) =>
        ticket is { StatusId: { } id, LastUpdated: { } version } ? new KnownStatus(id, ticket.StatusName, version) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // ConnectWise refuses fractions of a second on time entries.
    private static DateTimeOffset WholeSeconds(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}

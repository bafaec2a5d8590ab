using Bridge.Worker.Storage;

namespace Bridge.Worker.Escalation.Timeline;

/// <summary>
/// The incident timelines (collection <c>incident_timeline</c>). <see cref="Insert"/> is for use inside a
/// <see cref="BridgeDatabase.Write(System.Action)"/> that also changes state; <see cref="Append"/> writes on its own.
/// </summary>
internal sealed class IncidentTimeline(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        var collection = database.Collection<TimelineEntry>(CollectionName);
        collection.EnsureIndex(e => e.IncidentId);
        collection.EnsureIndex(e => e.TicketId);
        collection.EnsureIndex(e => e.PersonId);
    }

    private const string CollectionName = "incident_timeline";
    private bool _indexed;

    /// <summary>Adds a line; call it inside the write that makes the change it records.</summary>
    public TimelineEntry Insert(TimelineEntry entry)
    {
        var collection = database.Collection<TimelineEntry>(CollectionName);
        if (!_indexed)
        {
            collection.EnsureIndex(e => e.IncidentId);
            collection.EnsureIndex(e => e.TicketId);
            _indexed = true;
        }

        collection.Insert(entry);
        return entry;
    }

    /// <summary>Adds a line in a durable write of its own.</summary>
    public TimelineEntry Append(TimelineEntry entry) => database.Write(() => Insert(entry));

    /// <summary>An incident's lines, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> ForIncident(string incidentId) =>
        database.Collection<TimelineEntry>(CollectionName).Find(e => e.IncidentId == incidentId).OrderBy(e => e.Id).ToList();

    /// <summary>Every line about a ticket, across its incidents, oldest first.</summary>
    /// <summary>The pages sent to <paramref name="member"/> since <paramref name="since"/>, newest first (a technician's own page).</summary>
    public IReadOnlyList<TimelineEntry> PagesTo(string member, DateTimeOffset since, int max) =>
        database.Collection<TimelineEntry>(CollectionName)
            .Find(e => e.PersonId == member && e.Kind == TimelineKind.NotificationAttempt)
            .Where(e => e.At >= since)
            .OrderByDescending(e => e.Id)
            .Take(max)
            .ToList();

    public IReadOnlyList<TimelineEntry> ForTicket(int ticketId) =>
        database.Collection<TimelineEntry>(CollectionName).Find(e => e.TicketId == ticketId).OrderBy(e => e.Id).ToList();

    /// <summary>Up to <paramref name="max"/> lines with an id above <paramref name="afterId"/>, in order (a reader's cursor).</summary>
    public IReadOnlyList<TimelineEntry> After(int afterId, int max) =>
        database.Collection<TimelineEntry>(CollectionName)
            .Query()
            .Where(e => e.Id > afterId)
            .OrderBy(e => e.Id)
            .Limit(max)
            .ToList();
}

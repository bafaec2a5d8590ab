using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;

namespace Bridge.Worker.Escalation.Incidents;

/// <summary>
/// The incidents (collection <c>incidents</c>). Changes go inside a <see cref="BridgeDatabase.Write(System.Action)"/> with their timeline lines.
/// A new incident is stamped with the configuration in force, the one its ladder was copied from, and that configuration is kept.
/// </summary>
internal sealed class IncidentStore(BridgeDatabase database, IConfigurationInForce? configuration = null, ConfigurationVersionStore? versions = null) : IStorageSetup
{
    public void Prepare()
    {
        _ = Collection;
    }

    private const string CollectionName = "incidents";
    private bool _indexed;

    private IDocuments<Incident> Collection
    {
        get
        {
            var collection = database.Collection<Incident>(CollectionName);
            if (!_indexed)
            {
                collection.EnsureIndex(i => i.TicketId);
                collection.EnsureIndex(i => i.NextDueAt);
                collection.EnsureIndex(i => i.State);
                _indexed = true;
            }

            return collection;
        }
    }

    public Incident? Get(int id) => Collection.FindById(id);

    public Incident? Get(string id) => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Get(n) : null;

    /// <summary>Inserts a new incident (inside a write); its id is set.</summary>
    public Incident Insert(Incident incident)
    {
        if (incident.ConfigVersion is null && configuration?.Current is { } applied)
        {
            (incident.ConfigVersion, incident.ConfigAppliedAt) = (applied.Version.Hash, applied.Version.AppliedAt);
            versions?.Keep(applied);
        }

        Collection.Insert(incident);
        return incident;
    }

    public void Update(Incident incident) => Collection.Update(incident);

    /// <summary>The ticket's open incidents (triggered or acknowledged), oldest first.</summary>
    public IReadOnlyList<Incident> OpenForTicket(int ticketId) =>
        Collection.Find(i => i.TicketId == ticketId).Where(i => i.IsOpen).OrderBy(i => i.Id).ToList();

    public IReadOnlyList<Incident> ForTicket(int ticketId) => Collection.Find(i => i.TicketId == ticketId).OrderBy(i => i.Id).ToList();

    /// <summary>Incidents with something due at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<Incident> Due(DateTimeOffset now) =>
        Collection.Query().Where(i => i.NextDueAt != null && i.NextDueAt <= now).OrderBy(i => i.NextDueAt).ToList();

    /// <summary>Incidents opened in [<paramref name="from"/>, <paramref name="to"/>), oldest first (the paging report).</summary>
    public IReadOnlyList<Incident> OpenedBetween(DateTimeOffset from, DateTimeOffset to) =>
        Collection.Query().Where(i => i.OpenedAt >= from && i.OpenedAt < to).OrderBy(i => i.Id).ToList();

    /// <summary>Every incident with something due (to rebuild the timers at start).</summary>
    public IReadOnlyList<Incident> Scheduled() => Collection.Query().Where(i => i.NextDueAt != null).ToList();

    public IReadOnlyList<Incident> Open() =>
        Collection.Find(i => i.State == IncidentState.Triggered || i.State == IncidentState.Acknowledged).OrderBy(i => i.Id).ToList();

    /// <summary>How many incidents are in <paramref name="state"/>: a count on the state index (the open-incidents gauge).</summary>
    public int CountIn(IncidentState state) => Collection.Count(i => i.State == state);

    /// <summary>The latest incidents, newest first.</summary>
    public IReadOnlyList<Incident> Recent(int count) => Collection.Query().OrderByDescending(i => i.Id).Limit(count).ToList();

    /// <summary>Every acknowledged incident: the busy set a step's choice of people reads.</summary>
    /// <remarks>
    /// Read for every send (the busy set of <see cref="Engine.StepSituation"/>). Only the state is in the query, so it is a seek on the state
    /// index to the few acknowledged incidents; with the whole condition in it, LiteDB read and deserialised every
    /// incident (156 ms a send with 10,000 open, issue #11 item 4).
    /// </remarks>
    public IReadOnlyList<Incident> Acknowledged() => Collection.Find(i => i.State == IncidentState.Acknowledged).ToList();
}

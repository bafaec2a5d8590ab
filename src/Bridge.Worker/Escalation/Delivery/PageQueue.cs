using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>The pages escalation handed to delivery (collection <c>delivery_pages</c>).</summary>
internal sealed class PageQueue(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "delivery_pages";
    private volatile bool _indexed;

    public void Prepare()
    {
        _ = Pages();
    }

    /// <summary>Stores new requests; call inside the write that starts their step.</summary>
    public void Add(IEnumerable<PageRequest> requests) => database.Write(() => Pages().InsertBulk(requests));

    public PageRequest? Get(long id) => Pages().FindById(id);

    public void Update(PageRequest request) => database.Write(() => Pages().Update(request));

    /// <summary>The requests waiting on <paramref name="lane"/>, oldest first: a seek on the lane index (finished ones have none).</summary>
    public IReadOnlyList<PageRequest> Pending(string lane, int limit) =>
        Pages().Query().Where(r => r.Lane == lane).OrderBy(r => r.Id).Limit(limit).ToList();

    /// <summary>The requests waiting on a lane not among <paramref name="lanes"/> (a kind no channel serves), oldest first.</summary>
    public IReadOnlyList<PageRequest> PendingOutside(IReadOnlySet<string> lanes, int limit) =>
        Pages().Find(r => r.State == PageRequestState.Pending).Where(r => !lanes.Contains(r.Lane)).OrderBy(r => r.Id).Take(limit).ToList();

    /// <summary>Every page of one ladder of an incident, oldest first: a range of the send index (<c>incident:ladder:step:repeat</c>).</summary>
    public IReadOnlyList<PageRequest> ForLadder(int incidentId, int ladder)
    {
        var prefix = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{incidentId}:{ladder}:");
        return Pages().Query().Where(r => r.Send.StartsWith(prefix)).OrderBy(r => r.Id).ToList();
    }

    public IReadOnlyList<PageRequest> ForSend(string send) => Pages().Find(r => r.Send == send).OrderBy(r => r.Id).ToList();

    /// <summary>Notices (requests of no incident) whose key starts with <paramref name="prefix"/>, newest first.</summary>
    public IReadOnlyList<PageRequest> Notices(string prefix, int limit) =>
        Pages().Query().Where(r => r.IncidentId == 0 && r.Send.StartsWith(prefix)).OrderByDescending(r => r.Id).Limit(limit).ToList();

    public int CountPending() => Pages().Count(r => r.State == PageRequestState.Pending);

    /// <summary>Pages pending and not waiting for a retry later than <paramref name="now"/>.</summary>
    public int CountDue(DateTimeOffset now) =>
        Pages().Find(r => r.State == PageRequestState.Pending).Count(r => r.RetryAt is null || r.RetryAt <= now);

    private IDocuments<PageRequest> Pages()
    {
        var collection = database.Collection<PageRequest>(CollectionName);
        if (!_indexed)
        {
            database.Write(() =>
            {
                collection.EnsureIndex(r => r.State);
                collection.EnsureIndex(r => r.Lane);
                collection.EnsureIndex(r => r.Send);
            });
            _indexed = true;
        }

        return collection;
    }
}

using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Conditions;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox;

/// <summary>
/// The sandbox's data: thread-safe, in memory, one JSON object per entity in ConnectWise's own shape.
/// Everything handed out is a detached copy; change data through these methods (or the API) so that
/// <c>_info.lastUpdated</c> moves and callbacks fire.
/// </summary>
public sealed partial class SandboxState
{
    /// <summary>The member the API keys belong to: <c>updatedBy</c> and callback <c>MemberId</c> of API changes.</summary>
    public const string ApiMemberIdentifier = "bridgeapi";

    /// <summary>Who changes data through the C# methods when no member identifier is given.</summary>
    public const string DefaultMemberIdentifier = "cwadmin";

    private readonly Lock _gate = new();
    private readonly SandboxOptions _options;
    private readonly TicketRules _ticketRules;
    private readonly TimeEntryRules _timeRules;

    internal SandboxState(SandboxOptions options)
    {
        _options = options;
        Store = new DataStore(options.TimeProvider);
        _ticketRules = new TicketRules(Store);
        _timeRules = new TimeEntryRules(Store, _ticketRules);
        AddApiMember();
    }

    internal DataStore Store { get; }

    /// <summary>Receives the callbacks a change produced; set by the server.</summary>
    internal Action<CallbackDelivery>? CallbackSink { get; set; }

    /// <summary>
    /// Removes all data and seeds the sample data again when <see cref="SandboxOptions.SeedSampleData"/> is set.
    /// Ids start again at 1. Callback registrations survive unless <paramref name="keepCallbackRegistrations"/> is false,
    /// so a running bridge keeps receiving callbacks.
    /// </summary>
    public void Reset(bool keepCallbackRegistrations = true)
    {
        lock (_gate)
        {
            var callbacks = Store.Callbacks.Items.ToList();
            Store.Clear();
            if (keepCallbackRegistrations)
            {
                callbacks.ForEach(Store.Callbacks.Put);
            }

            AddApiMember();
            if (_options.SeedSampleData)
            {
                SampleData.Seed(this);
            }
        }
    }

    internal void SetApiBase(string apiBase)
    {
        lock (_gate)
        {
            Store.ApiBase = apiBase;
        }
    }

    internal T Read<T>(Func<DataStore, T> read)
    {
        lock (_gate)
        {
            return read(Store);
        }
    }

    internal PageResult Query(EntityCollection collection, ListQuery query, Func<JsonObject, bool>? scope = null)
    {
        if (query.ForwardOnly && !string.IsNullOrWhiteSpace(query.OrderBy))
        {
            throw CwErrors.BadRequest("orderBy is not supported with forward-only pagination; results are ordered by id.");
        }

        var filter = ConditionFilter.Create(collection.Schema, query.Conditions, query.ChildConditions, query.CustomFieldConditions);
        var ordering = query.ForwardOnly ? null : EntityOrdering.Parse(query.OrderBy, collection.Schema);
        var projection = FieldProjection.Parse(query.Fields);
        lock (_gate)
        {
            var matches = new List<JsonObject>();
            foreach (var entity in collection.Items)
            {
                if ((scope is null || scope(entity)) && (filter is null || filter(entity))
                    && (!query.ForwardOnly || EntityCollection.IdOf(entity) > query.PageId))
                {
                    matches.Add(entity);
                }
            }

            ordering?.Sort(matches);
            var start = query.ForwardOnly ? 0 : (long)(query.Page - 1) * query.PageSize;
            var items = new List<JsonObject>();
            for (var i = start; i < matches.Count && items.Count < query.PageSize; i++)
            {
                var entity = matches[(int)i];
                items.Add(projection?.Apply(entity) ?? (JsonObject)entity.DeepClone());
            }

            var lastId = items.Count > 0 ? EntityCollection.IdOf(matches[(int)start + items.Count - 1]) : query.PageId;
            return new PageResult(matches.Count, items, start + items.Count < matches.Count, lastId);
        }
    }

    internal int Count(EntityCollection collection, ListQuery query, Func<JsonObject, bool>? scope = null)
    {
        var filter = ConditionFilter.Create(collection.Schema, query.Conditions, query.ChildConditions, query.CustomFieldConditions);
        lock (_gate)
        {
            return collection.Items.Count(e => (scope is null || scope(e)) && (filter is null || filter(e)));
        }
    }

    internal JsonObject Get(EntityCollection collection, int id, string? fields = null, Func<JsonObject, bool>? scope = null, string? typeName = null)
    {
        var projection = FieldProjection.Parse(fields);
        lock (_gate)
        {
            var entity = collection.Find(id);
            if (entity is null || (scope is not null && !scope(entity)))
            {
                throw CwErrors.NotFound(typeName ?? collection.TypeName, id);
            }

            return projection?.Apply(entity) ?? (JsonObject)entity.DeepClone();
        }
    }

    private static List<JsonObject> Copies(IEnumerable<JsonObject> items) =>
        items.Select(e => (JsonObject)e.DeepClone()).ToList();

    private void AddApiMember()
    {
        lock (_gate)
        {
            if (Store.MemberByIdentifier(ApiMemberIdentifier) is null)
            {
                AddMember(ApiMemberIdentifier, "Bridge", "API", "bridge-api@bridgedemo.example", "API Member", licenseClass: "A");
            }
        }
    }
}

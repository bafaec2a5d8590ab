using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using LiteDB;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access.Audit;

/// <summary>The audit trail (collection <c>access_audit</c>): what people did, kept for <c>Access:AuditRetention</c>.</summary>
internal sealed class AuditStore(BridgeDatabase database, TimeProvider time, IOptionsMonitor<AuditOptions> options, ILogger<AuditStore> logger)
    : IAuditTrail, IStorageSetup
{
    private const string CollectionName = "access_audit";

    public void Prepare()
    {
        Entries().EnsureIndex(e => e.At);
    }

    /// <summary>Stores <paramref name="audit"/> at the current instant; inside a caller's write it lands with that write.</summary>
    public void Record(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = audit.Actor,
            Action = audit.Action,
            Subject = audit.Subject,
            Detail = audit.Detail,
            Via = audit.Via,
        };
        database.Write(() => Entries().Insert(entry));
        AuditLog.Recorded(logger, audit.Actor, audit.Action, audit.Subject, audit.Via ?? "-");
    }

    /// <summary>
    /// The entries <paramref name="query"/> asks for, newest first: a walk down the id index that stops at the limit
    /// (the actor compared without regard to case, the action by its prefix).
    /// </summary>
    public IReadOnlyList<AuditEntry> Find(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Entries().Query().OrderByDescending(e => e.Id).ToEnumerable()
            .Where(e => query.Actor is null || string.Equals(e.Actor, query.Actor, StringComparison.OrdinalIgnoreCase))
            .Where(e => query.ActionPrefix is null || e.Action.StartsWith(query.ActionPrefix, StringComparison.OrdinalIgnoreCase))
            .Take(query.Limit)
            .ToList();
    }

    /// <summary>Deletes the entries older than the retention period before now; returns how many went.</summary>
    public int Sweep()
    {
        var retention = options.CurrentValue.AuditRetention;
        var cutoff = time.GetUtcNow() - retention;
        var deleted = database.Write(() => Entries().DeleteMany(e => e.At < cutoff));
        if (deleted > 0)
        {
            AuditLog.Swept(logger, deleted, cutoff, retention);
        }

        return deleted;
    }

    public int Count() => Entries().Count();

    private IDocuments<AuditEntry> Entries() => database.Collection<AuditEntry>(CollectionName);
}

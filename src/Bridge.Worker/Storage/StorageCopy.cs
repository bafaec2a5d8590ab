using LiteDB;
using Npgsql;

using Bridge.Worker.Storage.LiteDb;
using Bridge.Worker.Storage.PostgreSql;

namespace Bridge.Worker.Storage;

/// <summary>
/// Moves a LiteDB install's state (the state file and its inbox file) into PostgreSQL while the service is stopped:
/// every collection of both stores, documents raw with their ids, so the service started on PostgreSQL carries on
/// where it stopped (open incidents mid-ladder, timers, outbox, cursors, overrides). Each store is copied in one
/// transaction and its counts are compared inside it, so a failure or a count that differs leaves the target as it
/// was. Writes nothing to the console: the caller says what the result means.
/// </summary>
internal sealed class StorageCopy(string statePath, PostgresConnection target, ILogger logger)
{
    /// <summary>Documents read from LiteDB and inserted in PostgreSQL at a time.</summary>
    public const int BatchSize = 1000;

    private const string MainStore = "main";

    /// <summary>Copies both stores; <paramref name="replace"/> empties a target that holds the bridge's documents first.</summary>
    public StorageCopyResult Run(bool replace)
    {
        if (!File.Exists(statePath))
        {
            return Refused(StorageCopyOutcome.SourceMissing, $"There is no state file at {statePath} (Storage:Path): nothing to copy.");
        }

        var inboxPath = BridgeDatabase.InboxPathFor(statePath);
        using var sourceMain = OpenSource(statePath);
        using var sourceInbox = File.Exists(inboxPath) ? OpenSource(inboxPath) : null;
        try
        {
            sourceMain.EnsureOpen();
            sourceInbox?.EnsureOpen();
        }
        catch (StateFileInUseException ex)
        {
            return Refused(StorageCopyOutcome.SourceInUse, $"{ex.Message} The copy runs while the service is stopped: stop the service first, then copy again.");
        }
        catch (IOException ex)
        {
            return Refused(StorageCopyOutcome.SourceUnreadable, ex.Message);
        }

        using var targetMain = new BridgeDatabase(new PostgresEngine(target.Source, MainStore, target.Describe, target.Check));
        using var targetInbox = new BridgeDatabase(new PostgresEngine(target.Source, BridgeDatabase.InboxKey, target.Describe, target.Check));
        try
        {
            targetMain.EnsureOpen();
            targetInbox.EnsureOpen();
            if (Holder(targetMain) is { } holder)
            {
                return Refused(StorageCopyOutcome.TargetInUse, $"A bridge is running on the {target.Describe} ({holder} holds its engine lease): stop it first.");
            }

            var held = Held(targetMain, MainStore).Concat(Held(targetInbox, BridgeDatabase.InboxKey)).ToList();
            if (held.Count > 0 && !replace)
            {
                var where = string.Join(", ", held.Select(h => $"{h.Label}: {h.Count}"));
                return Refused(
                    StorageCopyOutcome.TargetNotEmpty,
                    $"The {target.Describe} holds {held.Sum(h => h.Count)} of the bridge's documents already ({where}). Nothing was copied; "
                    + "copy with --replace to empty the bridge's tables there first.");
            }

            var copied = Copy((sourceMain, targetMain, MainStore), (sourceInbox, targetInbox, BridgeDatabase.InboxKey));
            return new StorageCopyResult(StorageCopyOutcome.Copied, null, copied);
        }
        catch (CountMismatchException ex)
        {
            return new StorageCopyResult(StorageCopyOutcome.Mismatch, ex.Message, ex.Collections);
        }
        catch (StorageUnavailableException ex)
        {
            return Refused(StorageCopyOutcome.TargetUnavailable, ex.Message);
        }
        catch (NpgsqlException ex)
        {
            return Refused(StorageCopyOutcome.Failed, $"The copy into the {target.Describe} failed and was undone: {PostgresConnection.Reason(ex)}");
        }
        catch (Exception ex) when (ex is ArgumentException or LiteException)
        {
            return Refused(StorageCopyOutcome.Failed, $"The copy into the {target.Describe} failed and was undone: {ex.Message}");
        }
    }

    private LiteDbEngine OpenSource(string path) => new(path, durable: false, TimeProvider.System, logger, moveAsideUnreadable: false);

    /// <summary>
    /// The main store in one transaction with the inbox's inside it: the inbox commits just before the main store, so
    /// an error in either (or a count that differs) undoes both, short of the main store's commit itself failing.
    /// </summary>
    private static List<CollectionCopy> Copy((LiteDbEngine Source, BridgeDatabase Target, string Store) main, (LiteDbEngine? Source, BridgeDatabase Target, string Store) inbox) =>
        main.Target.Write(() =>
        {
            var copied = CopyStore(main.Source, main.Target, main.Store);
            copied.AddRange(inbox.Target.Write(() => CopyStore(inbox.Source, inbox.Target, inbox.Store)));
            return copied;
        });

    /// <summary>
    /// Inside the target's write: empties the bridge's tables of the store, then copies every collection and counts
    /// both sides; a count that differs throws, to undo the write.
    /// </summary>
    private static List<CollectionCopy> CopyStore(LiteDbEngine? source, BridgeDatabase target, string store)
    {
        var engine = (PostgresEngine)target.Engine;
        foreach (var name in engine.CollectionNames())
        {
            engine.DropCollection(name);
        }

        var copied = new List<CollectionCopy>();
        foreach (var name in source?.CollectionNames().Where(n => !n.StartsWith('$')) ?? [])
        {
            var raw = source!.RawCollection(name);
            PostgresDocuments<BsonDocument>? table = null;
            foreach (var batch in raw.FindAll().Chunk(BatchSize))
            {
                // The table is made with the id type of the documents (numbers: bigint, anything else: text).
                table ??= engine.RawCollection(name, batch[0]["_id"].Type);
                table.Insert(batch);
            }

            // An empty collection is left for the service to make, with its own id type.
            copied.Add(new CollectionCopy(store, name, raw.Count(), table?.Count() ?? 0));
        }

        if (copied.Where(c => !c.Matches).ToList() is { Count: > 0 } differ)
        {
            throw new CountMismatchException(
                $"The counts differ after the copy, so it was undone: {string.Join(", ", differ.Select(c => $"{c.Label} {c.Source} in LiteDB, {c.Target} in PostgreSQL"))}.",
                copied);
        }

        return copied;
    }

    /// <summary>The holder of the engine lease while it has not run out (a bridge running on the target), else null.</summary>
    private static string? Holder(BridgeDatabase target) => ((PostgresEngine)target.Engine).Read(connection =>
    {
        using var command = PostgresEngine.Command(connection, "SELECT holder FROM bridge_leases WHERE module = $1 AND expires_at > now()", [Leases.EngineLease.Module]);
        return command.ExecuteScalar() as string;
    });

    /// <summary>The target's collections of the store that hold documents, with how many.</summary>
    private static List<(string Label, int Count)> Held(BridgeDatabase target, string store)
    {
        var engine = (PostgresEngine)target.Engine;
        return engine.CollectionNames()
            .Select(name => (Label: CollectionCopy.LabelOf(store, name), Count: engine.RawCollection(name, BsonType.String).Count()))
            .Where(held => held.Count > 0)
            .ToList();
    }

    private static StorageCopyResult Refused(StorageCopyOutcome outcome, string message) => new(outcome, message, []);

    /// <summary>Thrown inside the write to undo it when a collection's counts differ.</summary>
    private sealed class CountMismatchException(string message, IReadOnlyList<CollectionCopy> collections) : Exception(message)
    {
        public IReadOnlyList<CollectionCopy> Collections { get; } = collections;
    }
}

/// <summary>How a copy ended: copied, or refused (and why) with the target left as it was.</summary>
internal enum StorageCopyOutcome
{
    Copied,
    SourceMissing,
    SourceInUse,
    SourceUnreadable,
    TargetUnavailable,
    TargetInUse,
    TargetNotEmpty,
    Failed,
    Mismatch,
}

/// <summary>What a copy did: per collection the documents on each side; <see cref="Message"/> says why when it did not copy.</summary>
internal sealed record StorageCopyResult(StorageCopyOutcome Outcome, string? Message, IReadOnlyList<CollectionCopy> Collections)
{
    public bool Succeeded => Outcome == StorageCopyOutcome.Copied;

    public int Total => Collections.Sum(c => c.Target);
}

/// <summary>One collection copied: how many documents it holds in LiteDB and, after the copy, in PostgreSQL.</summary>
internal sealed record CollectionCopy(string Store, string Name, int Source, int Target)
{
    public bool Matches => Source == Target;

    /// <summary>The collection for people: its name, with the store when it is the inbox's.</summary>
    public string Label => LabelOf(Store, Name);

    public static string LabelOf(string store, string name) => store != BridgeDatabase.InboxKey ? name : $"{name} ({store})";
}

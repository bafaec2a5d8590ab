using System.Globalization;
using System.Text.Json;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Turns two versions of a ticket into typed changes. Pure: no I/O, no clock. An older version gives nothing, which
/// is what makes replays and late deliveries harmless. ConnectWise stamps <c>lastUpdated</c> in whole seconds, so
/// two saves in one second carry the same stamp: such a version that differs from the one held is a
/// <see cref="TicketVersionOrder.Tie"/>, which only a read made after it can settle (<see cref="ChangeSource.Fetch"/>).
/// </summary>
internal static class TicketDiff
{
    /// <summary>How <paramref name="next"/> stands to the version held, ignoring configuration items (read separately).</summary>
    public static TicketVersionOrder Order(TicketSnapshot? held, TicketSnapshot next) =>
        held is null || next.LastUpdated > held.LastUpdated ? TicketVersionOrder.Newer
        : next.LastUpdated < held.LastUpdated ? TicketVersionOrder.Older
        : Differs(held, next, configurationItems: false) ? TicketVersionOrder.Tie
        : TicketVersionOrder.Same;

    /// <summary>
    /// The changes from <paramref name="held"/> to <paramref name="next"/>. A same-second version is taken only from a
    /// fetch (a read after the save that tied), and only when it differs from what is held.
    /// </summary>
    public static IReadOnlyList<TicketChange> Compute(TicketSnapshot? held, TicketSnapshot next, ChangeSource source, DateTimeOffset observedAt)
    {
        if (held is not null && next.LastUpdated <= held.LastUpdated
            && (next.LastUpdated < held.LastUpdated || source != ChangeSource.Fetch || !Differs(held, next, configurationItems: true)))
        {
            return [];
        }

        var changes = new List<TicketChange>();
        void Add(TicketChangeKind kind, string field, string? oldValue, string? newValue)
        {
            var key = string.Create(CultureInfo.InvariantCulture,
                $"{next.Id}:{next.LastUpdated.UtcTicks}:{kind}:{field}:{oldValue}>{newValue}");
            changes.Add(new TicketChange(key, next.Id, kind, field, oldValue, newValue, next, source, observedAt, next.LastUpdated));
        }

        if (held is null)
        {
            Add(TicketChangeKind.Created, "", null, next.StatusName);
            return changes;
        }

        if (held.StatusId != next.StatusId || !SameText(held.StatusName, next.StatusName))
        {
            Add(TicketChangeKind.StatusChanged, "status", held.StatusName, next.StatusName);
        }

        if (held.PriorityId != next.PriorityId || !SameText(held.PriorityName, next.PriorityName))
        {
            Add(TicketChangeKind.PriorityChanged, "priority", held.PriorityName, next.PriorityName);
        }

        if (!SameText(held.OwnerIdentifier, next.OwnerIdentifier) || held.OwnerId != next.OwnerId)
        {
            if (next.OwnerIdentifier is null && next.OwnerId is null)
            {
                Add(TicketChangeKind.Unassigned, "owner", held.OwnerIdentifier, null);
            }
            else
            {
                Add(TicketChangeKind.Assigned, "owner", held.OwnerIdentifier, next.OwnerIdentifier);
            }
        }

        foreach (var removed in held.Resources.Except(next.Resources, StringComparer.OrdinalIgnoreCase))
        {
            Add(TicketChangeKind.Unassigned, "resources", removed, null);
        }

        foreach (var added in next.Resources.Except(held.Resources, StringComparer.OrdinalIgnoreCase))
        {
            Add(TicketChangeKind.Assigned, "resources", null, added);
        }

        if (!held.Closed && next.Closed)
        {
            Add(TicketChangeKind.Closed, "closedFlag", "false", "true");
        }
        else if (held.Closed && !next.Closed)
        {
            Add(TicketChangeKind.Reopened, "closedFlag", "true", "false");
        }

        var other = OtherChangedFields(held, next);
        if (other.Count > 0 || changes.Count == 0)
        {
            // A newer version with no tracked difference (a note, a time entry) is still news for the next stage.
            Add(TicketChangeKind.Updated, string.Join(",", other), null, null);
        }

        return changes;
    }

    /// <summary>The one change of a deleted ticket; its key needs no version (a ticket is deleted once).</summary>
    public static TicketChange Deletion(TicketSnapshot lastSeen, ChangeSource source, DateTimeOffset observedAt) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{lastSeen.Id}:deleted"), lastSeen.Id, TicketChangeKind.Deleted, "", null, null, lastSeen, source, observedAt, lastSeen.LastUpdated);

    private static List<string> OtherChangedFields(TicketSnapshot held, TicketSnapshot next)
    {
        var fields = new List<string>();
        void Check(string name, object? a, object? b)
        {
            if (!Equals(a, b))
            {
                fields.Add(name);
            }
        }

        Check("summary", held.Summary, next.Summary);
        Check("board", held.BoardId, next.BoardId);
        Check("company", held.CompanyId, next.CompanyId);
        Check("contact", held.ContactId, next.ContactId);
        Check("type", held.TypeName, next.TypeName);
        Check("subType", held.SubTypeName, next.SubTypeName);
        Check("item", held.ItemName, next.ItemName);
        Check("team", held.TeamName, next.TeamName);
        Check("severity", held.Severity, next.Severity);
        Check("impact", held.Impact, next.Impact);
        Check("recordType", held.RecordType, next.RecordType);
        Check("requiredDate", held.RequiredDate, next.RequiredDate);
        if (!held.ConfigurationItems.SequenceEqual(next.ConfigurationItems, StringComparer.OrdinalIgnoreCase))
        {
            fields.Add("configurations");
        }

        return fields;
    }

    /// <summary>Whether two versions differ in anything but their stamp and author.</summary>
    public static bool Differs(TicketSnapshot held, TicketSnapshot next, bool configurationItems)
    {
        TicketSnapshot Content(TicketSnapshot s) => s with
        {
            LastUpdated = default,
            UpdatedBy = null,
            ConfigurationItems = configurationItems ? s.ConfigurationItems : [],
        };

        return !string.Equals(
            JsonSerializer.Serialize(Content(held), IngestJson.Options),
            JsonSerializer.Serialize(Content(next), IngestJson.Options),
            StringComparison.Ordinal);
    }

    private static bool SameText(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

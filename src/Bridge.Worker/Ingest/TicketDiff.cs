using System.Globalization;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Turns two versions of a ticket into typed changes. Pure: no I/O, no clock. A version that is not newer
/// than the one held gives nothing, which is what makes duplicates, replays and late deliveries harmless.
/// </summary>
internal static class TicketDiff
{
    public static IReadOnlyList<TicketChange> Compute(TicketSnapshot? held, TicketSnapshot next, ChangeSource source, DateTimeOffset observedAt)
    {
        if (held is not null && next.LastUpdated <= held.LastUpdated)
        {
            return [];
        }

        var changes = new List<TicketChange>();
        void Add(TicketChangeKind kind, string field, string? oldValue, string? newValue)
        {
            var key = string.Create(CultureInfo.InvariantCulture,
                $"{next.Id}:{next.LastUpdated.UtcTicks}:{kind}:{field}:{newValue ?? oldValue}");
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
        return fields;
    }

    private static bool SameText(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

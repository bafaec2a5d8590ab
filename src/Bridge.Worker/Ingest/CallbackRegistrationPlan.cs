using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Decides which callback registrations to keep, update, delete and create so that exactly one active ticket
/// callback per wanted (level, objectId) points at the bridge. Pure. Ours are recognised by the description marker
/// (also when an earlier bridge left them with another URL) or by the target. URLs are compared as
/// <see cref="CallbackUrl"/> normalises them, so a registration ConnectWise hands back with another host case or a
/// trailing slash is kept rather than deleted and made again at every start.
/// </summary>
internal static class CallbackRegistrationPlan
{
    public const string Marker = "Bridge ingest";

    public static CallbackPlan Compute(IReadOnlyList<CallbackEntry> existing, IReadOnlyList<CallbackEntry> wanted)
    {
        var delete = new List<CallbackEntry>();
        var create = new List<CallbackEntry>();
        var keep = new List<CallbackEntry>();
        var update = new List<CallbackUpdate>();
        var claimed = new HashSet<int>();

        foreach (var want in wanted)
        {
            var mine = existing.Where(e => e.Id is { } id && !claimed.Contains(id)
                && (string.Equals(e.Description, want.Description, StringComparison.Ordinal) || SameTarget(e, want))).ToList();
            // Of several that would do, the one needing the fewest changes stays.
            var good = mine.Where(e => SameTarget(e, want) && e.InactiveFlag != true)
                .OrderByDescending(e => string.Equals(e.Url, want.Url, StringComparison.Ordinal))
                .ThenByDescending(e => Changes(e, want).Count == 0)
                .FirstOrDefault();
            foreach (var entry in mine)
            {
                claimed.Add(entry.Id!.Value);
                if (!ReferenceEquals(entry, good))
                {
                    delete.Add(entry);
                }
            }

            if (good is null)
            {
                create.Add(want);
            }
            else if (Changes(good, want) is { Count: > 0 } changes)
            {
                update.Add(new CallbackUpdate(good, changes));
            }
            else
            {
                keep.Add(good);
            }
        }

        // Registrations this bridge made for boards no longer configured.
        delete.AddRange(existing.Where(e => e.Id is { } id && !claimed.Contains(id)
            && e.Description?.StartsWith(Marker, StringComparison.Ordinal) == true));
        return new CallbackPlan(keep, delete, create, update);
    }

    public static string Describe(string level, int objectId) =>
        level == "owner" ? $"{Marker}: all tickets" : $"{Marker}: board {objectId}";

    /// <summary>
    /// What to PATCH on a registration that otherwise fits. A wanted flag left null is not managed; ConnectWise leaving
    /// the stored flag out means false.
    /// </summary>
    private static List<PatchOperation> Changes(CallbackEntry existing, CallbackEntry want)
    {
        var changes = new List<PatchOperation>();
        if (want.IsSelfSuppressedFlag is { } selfSuppressed && (existing.IsSelfSuppressedFlag ?? false) != selfSuppressed)
        {
            changes.Add(PatchOperation.Replace("isSelfSuppressedFlag", selfSuppressed));
        }

        return changes;
    }

    private static bool SameTarget(CallbackEntry a, CallbackEntry b) =>
        string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Level, b.Level, StringComparison.OrdinalIgnoreCase)
        && a.ObjectId == b.ObjectId
        && CallbackUrl.Same(a.Url, b.Url);
}

using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Decides which callback registrations to keep, delete and create so that exactly one active ticket callback
/// per wanted (level, objectId) points at the bridge. Pure. Ours are recognised by the description marker
/// (also when an earlier bridge left them with another URL) or by the exact target.
/// </summary>
internal static class CallbackRegistrationPlan
{
    public const string Marker = "Bridge ingest";

    public static CallbackPlan Compute(IReadOnlyList<CallbackEntry> existing, IReadOnlyList<CallbackEntry> wanted)
    {
        var delete = new List<CallbackEntry>();
        var create = new List<CallbackEntry>();
        var keep = new List<CallbackEntry>();
        var claimed = new HashSet<int>();

        foreach (var want in wanted)
        {
            var mine = existing.Where(e => e.Id is { } id && !claimed.Contains(id)
                && (string.Equals(e.Description, want.Description, StringComparison.Ordinal) || SameTarget(e, want))).ToList();
            var good = mine.FirstOrDefault(e => SameTarget(e, want) && string.Equals(e.Url, want.Url, StringComparison.Ordinal) && e.InactiveFlag != true);
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
            else
            {
                keep.Add(good);
            }
        }

        // Registrations this bridge made for boards no longer configured.
        delete.AddRange(existing.Where(e => e.Id is { } id && !claimed.Contains(id)
            && e.Description?.StartsWith(Marker, StringComparison.Ordinal) == true));
        return new CallbackPlan(keep, delete, create);
    }

    public static string Describe(string level, int objectId) =>
        level == "owner" ? $"{Marker}: all tickets" : $"{Marker}: board {objectId}";

    private static bool SameTarget(CallbackEntry a, CallbackEntry b) =>
        string.Equals(a.Type, b.Type, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Level, b.Level, StringComparison.OrdinalIgnoreCase)
        && a.ObjectId == b.ObjectId
        && string.Equals(a.Url, b.Url, StringComparison.Ordinal);
}

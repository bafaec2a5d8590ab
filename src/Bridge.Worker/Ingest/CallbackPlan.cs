using System.Globalization;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>The registrations to keep as they are, to update in place, to delete, and to create.</summary>
internal sealed record CallbackPlan(
    IReadOnlyList<CallbackEntry> Keep,
    IReadOnlyList<CallbackEntry> Delete,
    IReadOnlyList<CallbackEntry> Create,
    IReadOnlyList<CallbackUpdate> Update)
{
    /// <summary>Nothing to write: every wanted registration is there as wanted.</summary>
    public bool IsEmpty => Delete.Count == 0 && Create.Count == 0 && Update.Count == 0;

    /// <summary>One line for the log, e.g. <c>create owner 1; delete id 3 (board 2); update id 4 (isSelfSuppressedFlag true); keep id 5 (board 1)</c>.</summary>
    public string Summarize()
    {
        var parts = new List<string>();
        parts.AddRange(Create.Select(c => $"create {c.Level} {c.ObjectId}"));
        parts.AddRange(Delete.Select(d => $"delete id {Id(d)} ({d.Level} {d.ObjectId})"));
        parts.AddRange(Update.Select(u => $"update id {Id(u.Entry)} ({string.Join(", ", u.Operations.Select(o => $"{o.Path} {Value(o.Value)}"))})"));
        parts.AddRange(Keep.Select(k => $"keep id {Id(k)} ({k.Level} {k.ObjectId})"));
        return parts.Count == 0 ? "do nothing (no registration wanted or found)" : string.Join("; ", parts);
    }

    private static string Id(CallbackEntry entry) => entry.Id?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Value(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}

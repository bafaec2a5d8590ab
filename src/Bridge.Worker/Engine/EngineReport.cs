using System.Globalization;
using System.Text;

namespace Bridge.Worker.Engine;

/// <summary>What <c>bridge parked</c> prints and <c>GET /engine/parked</c> answers: each module's backlog, a stage stuck on an item, and the parked items.</summary>
internal sealed record EngineReport(IReadOnlyList<EngineReport.Module> Modules, int ParkedCount, IReadOnlyList<ParkedItem> Parked)
{
    public const int MaxParked = 200;

    public static EngineReport Build(StageRegistry stages, ParkedItemStore parked)
    {
        var failing = stages.All.ToDictionary(s => s.Name, s => s.Cursor, StringComparer.Ordinal);
        var modules = stages.Backlogs
            .Select(b => failing.TryGetValue(b.Name, out var cursor) && cursor is { IsFailing: true }
                ? new Module(b.Name, b.CountBehind(), cursor.Attempts, cursor.LastError, cursor.RetryAt)
                : new Module(b.Name, b.CountBehind(), 0, null, null))
            .ToList();
        return new EngineReport(modules, parked.Count(), parked.Recent(MaxParked));
    }

    public string Format()
    {
        var text = new StringBuilder();
        foreach (var module in Modules)
        {
            text.Append(CultureInfo.InvariantCulture, $"{module.Name}: {module.Behind} waiting");
            text.AppendLine(module.Attempts == 0 ? "" : $"; retrying an item (attempt {module.Attempts}, next at {module.RetryAt:u}): {module.LastError}");
        }

        text.AppendLine(ParkedCount == 0 ? "Nothing parked." : $"{ParkedCount} parked (newest first):");
        foreach (var item in Parked.Where(p => p.IsOpen))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  #{item.Id} {item.ParkedAt:u} {item.Stage}: {item.Item} after {item.Attempts} attempts: {item.Reason}");
        }

        var resolved = Parked.Where(p => !p.IsOpen).ToList();
        if (resolved.Count > 0)
        {
            text.AppendLine("Resolved:");
            foreach (var item in resolved)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  #{item.Id} {item.ResolvedAt:u} {item.Stage}: {item.Item}: {item.Resolution}");
            }
        }

        if (ParkedCount > 0)
        {
            text.AppendLine("Once the cause is fixed: bridge parked retry <id>, or bridge parked dismiss <id> [reason].");
        }

        return text.ToString();
    }

    public sealed record Module(string Name, int Behind, int Attempts, string? LastError, DateTimeOffset? RetryAt);
}

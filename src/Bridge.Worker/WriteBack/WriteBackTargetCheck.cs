using System.Globalization;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// Resolves the configured board, status, work type and member names against what ConnectWise has, and words
/// every mismatch as one line that starts with the configuration key to fix.
/// </summary>
internal static class WriteBackTargetCheck
{
    private const string Section = WriteBackOptions.SectionName;
    private const int Listed = 12;

    /// <summary>The board a <c>WriteBack:Statuses</c> key names: by id when it is a number, else by name.</summary>
    public static Board? FindBoard(string key, IReadOnlyCollection<Board> boards) =>
        int.TryParse(key.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? boards.FirstOrDefault(b => b.Id == id)
            : boards.FirstOrDefault(b => string.Equals(b.Name?.Trim(), key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Work type names the options use, with their keys.</summary>
    public static IEnumerable<(string Key, string Name)> WorkTypeNames(WriteBackOptions options)
    {
        var used = new (string Key, string? Name)[]
        {
            ("ContactAttempts:WorkType", options.ContactAttempts.WorkType),
            ("Billing:Normal:WorkType", options.Billing.Normal.WorkType),
            ("Billing:AfterHours:WorkType", options.Billing.AfterHours.WorkType),
            ("Billing:Included:WorkType", options.Billing.Included.WorkType),
        };
        return used.Where(u => !string.IsNullOrWhiteSpace(u.Name)).Select(u => (u.Key, u.Name!.Trim()));
    }

    public static (WriteBackTargets Targets, IReadOnlyList<string> Problems) Resolve(
        WriteBackOptions options,
        IReadOnlyCollection<Board> boards,
        IReadOnlyDictionary<int, IReadOnlyList<BoardStatus>> statusesByBoard,
        IReadOnlyCollection<WorkType> workTypes,
        IReadOnlyCollection<Member> members)
    {
        var problems = new List<string>();
        var statusMap = new Dictionary<int, IReadOnlyDictionary<WriteBackEvent, MappedStatus>>();
        foreach (var (key, mapping) in options.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var board = FindBoard(key, boards);
            if (board?.Id is not { } boardId)
            {
                problems.Add($"{Section}:Statuses:{key}: no ConnectWise service board is named '{key}' (boards: {List(boards.Select(b => b.Name))}).");
                continue;
            }

            var statuses = statusesByBoard.TryGetValue(boardId, out var list) ? list : [];
            var events = new Dictionary<WriteBackEvent, MappedStatus>();
            foreach (var writeBackEvent in Enum.GetValues<WriteBackEvent>())
            {
                if (mapping?.For(writeBackEvent) is not { } name || string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var status = statuses.FirstOrDefault(s => string.Equals(s.Name?.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
                if (status?.Id is not { } statusId)
                {
                    problems.Add($"{Section}:Statuses:{key}:{writeBackEvent}: '{name}' is not a status of board '{board.Name}' (its statuses: {List(statuses.Select(s => s.Name))}).");
                }
                else if (status.Inactive == true)
                {
                    problems.Add($"{Section}:Statuses:{key}:{writeBackEvent}: status '{status.Name}' of board '{board.Name}' is inactive in ConnectWise.");
                }
                else
                {
                    events[writeBackEvent] = new MappedStatus(statusId, status.Name!);
                }
            }

            statusMap[boardId] = events;
        }

        var workTypeIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, name) in WorkTypeNames(options))
        {
            var workType = workTypes.FirstOrDefault(w => string.Equals(w.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (workType?.Id is not { } id)
            {
                problems.Add($"{Section}:{key}: '{name}' is not a ConnectWise work type (work types: {List(workTypes.Select(w => w.Name))}).");
            }
            else if (workType.InactiveFlag == true)
            {
                problems.Add($"{Section}:{key}: work type '{workType.Name}' is inactive in ConnectWise.");
            }
            else
            {
                workTypeIds[name] = id;
            }
        }

        if (options.ContactAttempts.Member is { Length: > 0 } member
            && !members.Any(m => string.Equals(m.Identifier, member.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"{Section}:ContactAttempts:Member: no ConnectWise member has the identifier '{member}'.");
        }

        return (new WriteBackTargets(statusMap, workTypeIds), problems);
    }

    private static string List(IEnumerable<string?> names)
    {
        var all = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => $"'{n}'").ToList();
        return all.Count == 0 ? "none"
            : all.Count <= Listed ? string.Join(", ", all)
            : string.Join(", ", all.Take(Listed)) + $" and {all.Count - Listed} more";
    }
}

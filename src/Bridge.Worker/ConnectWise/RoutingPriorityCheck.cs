using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Worker.ConnectWise;

/// <summary>
/// Compares the configured priority levels with ConnectWise's priorities: a level none of whose names
/// or ids exist in ConnectWise can never match a ticket, so the emergency rules naming it never fire.
/// </summary>
internal static class RoutingPriorityCheck
{
    public static IReadOnlyList<string> Problems(PriorityMap map, IReadOnlyCollection<Priority> connectWise)
    {
        var names = connectWise.Where(p => p.Name is not null).Select(p => p.Name!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = connectWise.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        var known = string.Join(", ", connectWise.Select(p => $"'{p.Name}' (id {p.Id})"));
        return map.Levels
            .Where(level => !level.Names.Any(names.Contains) && !level.Ids.Any(ids.Contains))
            .Select(level => $"{level.ConfigKey}: none of {Describe(level)} is a ConnectWise priority (ConnectWise has {known}).")
            .ToList();
    }

    private static string Describe(PriorityLevel level) =>
        string.Join(", ", level.Names.Select(n => $"'{n}'").Concat(level.Ids.Select(i => $"id {i}")));
}

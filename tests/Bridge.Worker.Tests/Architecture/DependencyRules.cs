namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// Which folder may use which, checked against a <see cref="FolderGraph"/>. A folder missing from the
/// table may use nothing, so a new folder fails until someone writes down where it sits.
/// </summary>
public sealed class DependencyRules(IReadOnlyDictionary<string, string[]> mayUse)
{
    public IReadOnlyDictionary<string, string[]> MayUse { get; } = mayUse;

    public bool Allows(string from, string to) =>
        MayUse.TryGetValue(from, out var allowed) && allowed.Contains(to, StringComparer.Ordinal);

    /// <summary>One line per forbidden type arrow: <c>Storage.BridgeDatabase → Routing.RoutingDecision (Storage may use: Kernel)</c>.</summary>
    public IReadOnlyList<string> Violations(FolderGraph graph) =>
        [.. graph.Arrows
            .OrderBy(from => from.Key, StringComparer.Ordinal)
            .SelectMany(from => from.Value
                .Where(to => !Allows(from.Key, to.Key))
                .OrderBy(to => to.Key, StringComparer.Ordinal)
                .SelectMany(to => to.Value.Select(d => $"{graph.Relative(d.From)} → {graph.Relative(d.To)} ({Allowance(from.Key)})")))];

    /// <summary>The table read as a graph: folder → folders it may use.</summary>
    public FolderGraph AsGraph(string rootNamespace) =>
        new(rootNamespace, MayUse.SelectMany(rule => rule.Value.Select(to =>
            new TypeDependency($"{rootNamespace}.{rule.Key}.Rule", $"{rootNamespace}.{to}.Rule"))));

    private string Allowance(string folder) =>
        MayUse.TryGetValue(folder, out var allowed)
            ? allowed.Length == 0 ? $"{folder} may use no other folder" : $"{folder} may use: {string.Join(", ", allowed)}"
            : $"{folder} is not in the rules table";
}

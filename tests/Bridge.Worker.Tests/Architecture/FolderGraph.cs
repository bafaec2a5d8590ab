namespace Bridge.Worker.Tests.Architecture;

/// <summary>
/// The folder-level view of type arrows: <c>Root.Folder[.Sub].Type</c> belongs to <c>Folder</c>.
/// Types directly in the root namespace (none today) have no folder and are left out.
/// </summary>
public sealed class FolderGraph
{
    private readonly string _prefix;

    public FolderGraph(string rootNamespace, IEnumerable<TypeDependency> dependencies)
    {
        _prefix = rootNamespace + ".";
        Arrows = dependencies
            .Select(d => (From: FolderOf(d.From), To: FolderOf(d.To), Dependency: d))
            .Where(a => a.From is not null && a.To is not null && a.From != a.To)
            .GroupBy(a => a.From!, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, IReadOnlyList<TypeDependency>>)g
                    .GroupBy(a => a.To!, StringComparer.Ordinal)
                    .ToDictionary(t => t.Key, t => (IReadOnlyList<TypeDependency>)[.. t.Select(a => a.Dependency)], StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>From folder → to folder → the type arrows behind that folder arrow.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<TypeDependency>>> Arrows { get; }

    public string? FolderOf(string typeName)
    {
        if (!typeName.StartsWith(_prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = typeName[_prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? null : rest[..dot];
    }

    /// <summary>"Folder.Sub.Type" — the name without the root namespace, as a reader would say it.</summary>
    public string Relative(string typeName) =>
        typeName.StartsWith(_prefix, StringComparison.Ordinal) ? typeName[_prefix.Length..] : typeName;

    public IEnumerable<string> Targets(string folder) =>
        Arrows.TryGetValue(folder, out var targets) ? targets.Keys : [];

    /// <summary>Every set of folders that reach each other (strongly connected, more than one folder).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var folders = Arrows.Keys.Concat(Arrows.Values.SelectMany(t => t.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var target in Targets(folder))
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[folder] = Math.Min(low[folder], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[folder] = Math.Min(low[folder], targetIndex);
                }
            }

            if (low[folder] != index[folder])
            {
                return;
            }

            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != folder);

            if (component.Count > 1)
            {
                cycles.Add([.. component.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var folder in folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return cycles;
    }
}

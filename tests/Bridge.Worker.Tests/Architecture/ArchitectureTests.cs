namespace Bridge.Worker.Tests.Architecture;

/// <summary>The compiled <c>Bridge.Worker</c> against <see cref="FolderRules"/>: no new arrow, no cycle.</summary>
public sealed class ArchitectureTests
{
    internal static readonly Lazy<FolderGraph> BridgeWorker = new(() => new FolderGraph(
        FolderRules.RootNamespace,
        TypeReferenceReader.Read(typeof(Bridge.Worker.Cli.BridgeCli).Assembly.Location, FolderRules.RootNamespace)));

    [Fact]
    public void BridgeWorker_EveryFolderArrow_IsAllowedByTheRulesTable()
    {
        var violations = FolderRules.Table.Violations(BridgeWorker.Value);

        Assert.True(violations.Count == 0, $"{violations.Count} reference(s) that the rules table (tests/Bridge.Worker.Tests/Architecture/FolderRules.cs) does not allow:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public void BridgeWorker_FolderGraph_HasNoCycle()
    {
        var cycles = BridgeWorker.Value.Cycles();

        Assert.True(cycles.Count == 0, "Folders in one dependency cycle: " + string.Join("; ", cycles.Select(c => string.Join(", ", c))));
    }

    [Fact]
    public void RulesTable_ReadAsAGraph_HasNoCycle()
    {
        Assert.Empty(FolderRules.Table.AsGraph(FolderRules.RootNamespace).Cycles());
    }

    [Fact]
    public void BridgeWorker_EveryFolder_IsInTheRulesTable()
    {
        var folders = BridgeWorker.Value.Arrows.Keys.Concat(BridgeWorker.Value.Arrows.Values.SelectMany(to => to.Keys)).Distinct();

        Assert.All(folders, folder => Assert.Contains(folder, FolderRules.Table.MayUse.Keys));
    }

    [Fact]
    public void ArchitectureDoc_AllowedDependencyTable_IsTheRulesTable()
    {
        var doc = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "architecture.md"));
        var table = doc
            .SkipWhile(line => line != "## Which folder may use which")
            .SkipWhile(line => !line.StartsWith("| Folder |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(
                cells => cells[1],
                cells => cells[2] == "—" ? "" : cells[2]);

        var rules = FolderRules.Table.MayUse.ToDictionary(rule => rule.Key, rule => string.Join(", ", rule.Value));

        Assert.Equal(rules.OrderBy(r => r.Key, StringComparer.Ordinal), table.OrderBy(r => r.Key, StringComparer.Ordinal));
    }
}

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
        var rules = FolderRules.Table.MayUse.Select(rule => (rule.Key, string.Join(", ", rule.Value)));

        Assert.Equal(rules.Order(), DocumentedTable().Select(row => (row.Folder, string.Join(", ", row.MayUse))).Order());
    }

    [Fact]
    public void ArchitectureDoc_AllowedDependencyTable_EachFolderUsesOnlyFoldersAboveIt()
    {
        var above = new List<string>();
        foreach (var (folder, mayUse) in DocumentedTable())
        {
            Assert.All(mayUse, used => Assert.True(above.Contains(used), $"{folder} may use {used}, which is not listed above it."));
            above.Add(folder);
        }
    }

    private static List<(string Folder, string[] MayUse)> DocumentedTable() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "architecture.md"))
            .SkipWhile(line => line != "## Which folder may use which")
            .SkipWhile(line => !line.StartsWith("| Folder |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1], cells[2] == "—" ? Array.Empty<string>() : cells[2].Split(", ")))
            .ToList();
}

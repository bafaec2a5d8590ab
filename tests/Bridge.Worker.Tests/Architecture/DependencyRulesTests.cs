namespace Bridge.Worker.Tests.Architecture;

/// <summary>The checker on its own: planted arrows, planted cycles, and the real table with one arrow taken away.</summary>
public sealed class DependencyRulesTests
{
    private const string Root = "Bridge.Worker.Tests.Architecture.Planted";

    private static readonly Lazy<FolderGraph> Planted =
        new(() => new FolderGraph(Root, TypeReferenceReader.Read(typeof(DependencyRulesTests).Assembly.Location, Root)));

    [Fact]
    public void Violations_ArrowTheTableForbids_ListsEveryTypeArrowReadably()
    {
        var rules = new DependencyRules(new Dictionary<string, string[]> { ["Alpha"] = [], ["Beta"] = ["Alpha"] });

        var violations = rules.Violations(Planted.Value);

        Assert.Contains("Alpha.ViaFullyQualifiedNameInBody → Beta.Target (Alpha may use no other folder)", violations);
        Assert.Contains("Alpha.ViaInterface → Beta.IMarker (Alpha may use no other folder)", violations);
        Assert.All(violations, v => Assert.StartsWith("Alpha.", v, StringComparison.Ordinal));
    }

    [Fact]
    public void Violations_EveryArrowAllowed_NoneReported()
    {
        var rules = new DependencyRules(new Dictionary<string, string[]> { ["Alpha"] = ["Beta"], ["Beta"] = ["Alpha"] });

        Assert.Empty(rules.Violations(Planted.Value));
    }

    [Fact]
    public void Violations_FolderMissingFromTable_ReportedAsNotInTheTable()
    {
        var rules = new DependencyRules(new Dictionary<string, string[]> { ["Beta"] = ["Alpha"] });

        Assert.Contains("Alpha.ViaLocal → Beta.Target (Alpha is not in the rules table)", rules.Violations(Planted.Value));
    }

    [Fact]
    public void Cycles_TwoFoldersUsingEachOther_ReportsBoth()
    {
        var cycle = Assert.Single(Planted.Value.Cycles());

        Assert.Equal(["Alpha", "Beta"], cycle);
    }

    [Fact]
    public void Cycles_OneWayArrows_NoneReported()
    {
        var graph = new FolderGraph("R", [new("R.A.X", "R.B.Y"), new("R.B.Y", "R.C.Z"), new("R.A.X", "R.C.Z")]);

        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void Cycles_ThreeFoldersInARing_ReportsTheRing()
    {
        var graph = new FolderGraph("R", [new("R.A.X", "R.B.Y"), new("R.B.Y", "R.C.Z"), new("R.C.Z", "R.A.X"), new("R.C.Z", "R.D.W")]);

        Assert.Equal(["A", "B", "C"], Assert.Single(graph.Cycles()));
    }

    [Fact]
    public void Violations_BridgeWorkerWithAnExistingArrowForbidden_ReportsThatArrow()
    {
        var table = FolderRules.Table.MayUse.ToDictionary(
            rule => rule.Key,
            rule => rule.Key == "Escalation" ? [.. rule.Value.Where(to => to != "OnCall")] : rule.Value);

        // Only Escalation's lines: whatever else may be wrong in the assembly is the other tests' to report.
        var fromEscalation = new DependencyRules(table).Violations(ArchitectureTests.BridgeWorker.Value)
            .Where(v => v.StartsWith("Escalation.", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(fromEscalation);
        Assert.All(fromEscalation, v => Assert.Matches(@"^Escalation\.[\w.]+ → OnCall\.[\w.]+ \(Escalation may use: ", v));
    }
}

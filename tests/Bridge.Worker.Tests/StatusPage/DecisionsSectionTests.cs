using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.StatusPage;
using Bridge.Worker.StatusPage.Sections;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.StatusPage;

/// <summary>The routing decisions block over a real state file: each decision names the configuration version it was made under.</summary>
public abstract class DecisionsSectionTests(StorageProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Now = OnCallFixtures.Ny(2026, 11, 24, 2);
    private readonly StateFile _state = new(Now, provider);

    [Fact]
    public async Task WriteAsync_DecisionMadeUnderAVersion_RowNamesTheVersionAndWhenItWasApplied()
    {
        var decisions = new RoutingDecisionRepository(_state.Database);
        var decision = RoutingFixtures.Decision(Now, Disposition.PageNow) with { Configuration = new ConfigurationVersion("57f73dd7b16c", Now.AddHours(-2)) };
        decisions.Record(decision, Now);
        decisions.Record(decision with { Configuration = null }, Now);
        var section = new DecisionsSection(decisions, new TicketStateStore(_state.Database), new TestOptionsMonitor<StatusPageOptions>(new StatusPageOptions()));

        var (html, _) = await SectionRender.RenderAsync(section, Now);

        Assert.Contains("<span>Config <b>57f73dd7b16c</b> applied <time", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Config <b>"));
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DecisionsSectionOnLiteDbTests() : DecisionsSectionTests(StorageProvider.LiteDb);

public sealed class DecisionsSectionOnPostgreSqlTests() : DecisionsSectionTests(StorageProvider.PostgreSql);

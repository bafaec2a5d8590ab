using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.ConnectWise;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Rules;

namespace Bridge.Integration.Tests.Routing;

public sealed class RoutingPriorityCheckTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });

    private static PriorityMap Map(Action<RoutingOptions>? configure = null)
    {
        var options = new RoutingOptions();
        configure?.Invoke(options);
        var (policy, problems) = RoutingPolicyCompiler.Compile(options);
        Assert.Empty(problems);
        return policy!.Priorities;
    }

    [Fact]
    public async Task Problems_DefaultLevelsAgainstSandbox_AllFound()
    {
        await using var client = ConnectWiseClientHost.For(_sandbox);

        var priorities = await RoutingPriorityHealthCheck.FetchAsync(client.Api, client.Pager, CancellationToken.None);

        Assert.Equal(6, priorities.Count);
        Assert.Empty(RoutingPriorityCheck.Problems(Map(), priorities));
    }

    [Fact]
    public async Task Problems_LevelNamingPriorityConnectWiseLacks_ReportedWithKey()
    {
        await using var client = ConnectWiseClientHost.For(_sandbox);
        var map = Map(o => o.Priorities = new()
        {
            ["P1"] = new PriorityLevelOptions { Names = ["Priority 1 - Emergency Response"] },
            ["SEV0"] = new PriorityLevelOptions { Names = ["Severity 0 - Apocalypse"], Policy = "sev0" },
        });

        var priorities = await RoutingPriorityHealthCheck.FetchAsync(client.Api, client.Pager, CancellationToken.None);

        var problem = Assert.Single(RoutingPriorityCheck.Problems(map, priorities));
        Assert.StartsWith("Routing:Priorities:SEV0: none of 'Severity 0 - Apocalypse' is a ConnectWise priority", problem);
    }

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();
}

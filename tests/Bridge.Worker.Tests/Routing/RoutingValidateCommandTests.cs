using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private Task<(int Exit, string Out, string Err)> Validate() => ValidateRunner.RunAsync(_dir.Path);

    [Fact]
    public async Task Validate_BadZoneHolidayAndRulePriority_OneClearLineEach()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + """
            , "Routing": {
                "TimeZone": "America/Nowhere",
                "Holidays": [ { "Name": "Thanksgiving", "Rule": "fourth Thursday of November" }, { "Name": "Founders", "Rule": "sometime in spring" } ],
                "Clients": [
                  { "Company": "ContosoLaw", "Contract": "AfterHoursBillable",
                    "Emergency": { "Rules": [ { "Name": "sev-zero", "Priorities": [ "Priority 0 - Apocalypse" ] } ] } }
                ]
              }
            }
            """);

        var (exit, _, error) = await Validate();

        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains("problem(s)", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("Routing:TimeZone: 'America/Nowhere' is not a known time zone", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Routing:Holidays:1:Rule: 'sometime in spring' is not a holiday rule", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Routing:Clients:0:Emergency:Rules:0:Priorities:0: 'Priority 0 - Apocalypse' is not a configured priority", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_NoRoutingSection_DefaultsAreValid()
    {
        _dir.Write("bridge.json", "{" + ValidateRunner.ValidConnectWise + "}");

        var (exit, output, error) = await Validate();

        Assert.True(exit == 0, error);
        Assert.Contains("is valid", output);
    }

    public void Dispose() => _dir.Dispose();
}

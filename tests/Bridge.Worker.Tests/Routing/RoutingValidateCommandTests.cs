using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private const string ValidConnectWise = """
        "ConnectWise": {
          "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/",
          "CompanyId": "acme",
          "PublicKey": "pubkey123",
          "PrivateKey": "privkey456",
          "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11"
        }
        """;

    private async Task<(int Exit, string Out, string Err)> Validate()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Validate_BadZoneHolidayAndRulePriority_OneClearLineEach()
    {
        _dir.Write("bridge.json", "{" + ValidConnectWise + """
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
        _dir.Write("bridge.json", "{" + ValidConnectWise + "}");

        var (exit, output, error) = await Validate();

        Assert.True(exit == 0, error);
        Assert.Contains("is valid", output);
    }

    public void Dispose() => _dir.Dispose();
}

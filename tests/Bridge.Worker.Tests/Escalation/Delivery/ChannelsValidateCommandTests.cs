using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Escalation.Delivery;

public sealed class ChannelsValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Validate_ChannelMistakes_OneLinePerProblemStartingWithTheKey()
    {
        _dir.Write("bridge.json", """
            {
              "ConnectWise": { "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "CompanyId": "acme",
                               "PublicKey": "pubkey123", "PrivateKey": "privkey456", "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11" },
              "Channels": {
                "Sms": { "AccountSid": "AC1", "From": "+15550100", "BaseUrl": "http://gateway.example.com/" },
                "Templates": { "ChatTitle": "{ticket}" }
              }
            }
            """);
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], new StringWriter(), error);

        Assert.Equal(1, exit);
        var problems = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("Channels:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Channels:Sms:AuthToken is required", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Channels:Sms:BaseUrl must be", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Channels:Templates:ChatTitle uses the unknown placeholder {ticket}", StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}

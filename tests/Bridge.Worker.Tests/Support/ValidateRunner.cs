using Bridge.Worker.Cli;

namespace Bridge.Worker.Tests.Support;

/// <summary>Runs <c>bridge validate</c> in-process on a configuration directory, capturing what it prints.</summary>
public static class ValidateRunner
{
    /// <summary>A ConnectWise section that passes validation, to combine with the section under test.</summary>
    public const string ValidConnectWise = """
        "ConnectWise": {
          "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/",
          "CompanyId": "acme",
          "PublicKey": "pubkey123",
          "PrivateKey": "privkey456",
          "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11"
        }
        """;

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string configDirectory)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["validate", "--config", configDirectory], output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

using System.Text.Json.Nodes;
using Bridge.Sandbox;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// Writes a configuration directory whose ConnectWise section points at a running sandbox. Its timeouts are long: a
/// test clock moved in steps runs ahead of a loopback call in flight, and a call to the sandbox always ends.
/// </summary>
public static class SandboxConfig
{
    public static void WriteFor(TempDirectory dir, SandboxServer sandbox, string? privateKey = null)
    {
        dir.Write("appsettings.json", """
            { "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Path": "logs/bridge-.log" } } }
            """);
        dir.Write("bridge.json", $$"""
            {
              "ConnectWise": {
                "BaseUrl": "{{sandbox.ApiBaseAddress}}",
                "CompanyId": "{{sandbox.Options.CompanyId}}",
                "PublicKey": "{{sandbox.Options.PublicKey}}",
                "PrivateKey": "{{privateKey ?? sandbox.Options.PrivateKey}}",
                "ClientId": "{{sandbox.Options.ClientId}}",
                "Resilience": { "MaxRetryAttempts": 1, "BaseDelay": "00:00:00.050", "AttemptTimeout": "00:05:00", "TotalTimeout": "00:30:00" }
              }
            }
            """);
    }

    /// <summary>Puts the shipped <c>config/bridge.json</c>'s <paramref name="sections"/> into the directory's bridge.json.</summary>
    public static void CopyShipped(TempDirectory dir, params string[] sections)
    {
        var file = Path.Combine(dir.Path, "bridge.json");
        var bridge = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json")))!.AsObject();
        foreach (var section in sections)
        {
            bridge[section] = shipped[section]!.DeepClone();
        }

        dir.Write("bridge.json", bridge.ToJsonString());
    }
}

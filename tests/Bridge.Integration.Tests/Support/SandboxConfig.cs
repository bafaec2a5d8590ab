using Bridge.Sandbox;

namespace Bridge.Integration.Tests.Support;

/// <summary>Writes a configuration directory whose ConnectWise section points at a running sandbox.</summary>
public static class SandboxConfig
{
    public static void WriteFor(TempDirectory dir, SandboxServer sandbox, string? privateKey = null)
    {
        dir.Write("appsettings.json", """
            { "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Enabled": false } } }
            """);
        dir.Write("bridge.json", $$"""
            {
              "ConnectWise": {
                "BaseUrl": "{{sandbox.ApiBaseAddress}}",
                "CompanyId": "{{sandbox.Options.CompanyId}}",
                "PublicKey": "{{sandbox.Options.PublicKey}}",
                "PrivateKey": "{{privateKey ?? sandbox.Options.PrivateKey}}",
                "ClientId": "{{sandbox.Options.ClientId}}",
                "Resilience": { "MaxRetryAttempts": 1, "BaseDelay": "00:00:00.050" }
              }
            }
            """);
    }
}

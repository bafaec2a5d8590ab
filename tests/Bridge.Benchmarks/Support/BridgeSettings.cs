using Bridge.Sandbox;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// What the benchmarks change in the shipped configuration: ConnectWise is the sandbox, the bridge listens on a
/// loopback port, callbacks are not registered (the load driver posts them). Everything else is as shipped,
/// durable commits and the log file included.
/// </summary>
internal static class BridgeSettings
{
    public const string CallbackSecret = "bench-callback-secret-0001";

    public static Dictionary<string, string?> For(SandboxServer sandbox, int port, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["ConnectWise:BaseUrl"] = sandbox.ApiBaseAddress.ToString(),
            ["ConnectWise:CompanyId"] = sandbox.Options.CompanyId,
            ["ConnectWise:PublicKey"] = sandbox.Options.PublicKey,
            ["ConnectWise:PrivateKey"] = sandbox.Options.PrivateKey,
            ["ConnectWise:ClientId"] = sandbox.Options.ClientId,
            ["ConnectWise:Callbacks:Register"] = "false",
            ["Ingest:CallbackSecret"] = CallbackSecret,
            ["Ingest:PublicUrl"] = $"http://127.0.0.1:{port}",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The same settings as command-line switches for a worker process.</summary>
    public static IEnumerable<string> AsSwitches(IReadOnlyDictionary<string, string?> settings) =>
        settings.Select(s => $"--{s.Key}={s.Value}");

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

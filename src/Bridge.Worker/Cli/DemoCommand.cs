using Bridge.Sandbox;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge demo</c>: starts the ConnectWise sandbox on loopback with sample data and runs the
/// bridge against it with the demo profile, so a newcomer needs no ConnectWise account.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true }, cancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectWise:BaseUrl"] = sandbox.ApiBaseAddress.ToString(),
            ["ConnectWise:CompanyId"] = sandbox.Options.CompanyId,
            ["ConnectWise:PublicKey"] = sandbox.Options.PublicKey,
            ["ConnectWise:PrivateKey"] = sandbox.Options.PrivateKey,
            ["ConnectWise:ClientId"] = sandbox.Options.ClientId,
        };

        await output.WriteLineAsync($"ConnectWise sandbox: {sandbox.ApiBaseAddress} (control surface {new Uri(sandbox.BaseAddress, "_sandbox/")})");
        return await RunCommand.RunAsync(
            command,
            output,
            error,
            cancellationToken,
            overrides,
            profile: "demo",
            onStarted: async app =>
            {
                foreach (var url in app.Urls)
                {
                    await output.WriteLineAsync($"Bridge: {url}  (health {url.TrimEnd('/')}/health/ready)");
                }

                await output.WriteLineAsync("Press Ctrl+C to stop.");
            });
    }
}

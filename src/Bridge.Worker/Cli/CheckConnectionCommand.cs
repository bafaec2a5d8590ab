using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Diagnostics;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge check-connection</c>: calls ConnectWise with the configured keys and says plainly what
/// works and what is wrong (URL, company, keys, clientId, permissions). Never prints a key.
/// </summary>
internal static class CheckConnectionCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (app, problems) = BridgeCli.BuildAndCheck(command);
        if (app is null)
        {
            await BridgeCli.WriteProblemsAsync(error, problems);
            return 1;
        }

        await using (app)
        {
            // Other sections may be wrong too; this verb is about ConnectWise, so only those stop it here.
            var connectWiseProblems = problems.Where(p => p.StartsWith(ConnectWiseOptions.SectionName + ":", StringComparison.Ordinal)).ToList();
            if (connectWiseProblems.Count > 0)
            {
                await BridgeCli.WriteProblemsAsync(error, connectWiseProblems);
                return 1;
            }

            var options = app.Services.GetRequiredService<IOptionsMonitor<ConnectWiseOptions>>().CurrentValue;
            using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
            var results = (await new ConnectWiseConnectionCheck(options, http).RunAsync(cancellationToken)).ToList();
            if (results.All(r => r.Ok))
            {
                var ingest = app.Services.GetRequiredService<IOptionsMonitor<Ingest.IngestOptions>>().CurrentValue;
                results.AddRange(await Ingest.PollQueryCheck.RunAsync(
                    app.Services.GetRequiredService<IConnectWiseApi>(), ingest, ingest.PollOverlap,
                    app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), app.Services.GetRequiredService<Ingest.BridgeMember>(), cancellationToken));
            }

            foreach (var result in results)
            {
                await output.WriteLineAsync($"{(result.Ok ? "ok  " : "FAIL")}  {result.Name}: {result.Detail}");
            }

            var failed = results.Count(r => !r.Ok);
            await output.WriteLineAsync(failed == 0
                ? $"ConnectWise at {options.BaseUrl} is ready for the bridge."
                : $"{failed} check(s) failed; fix the first one first, later ones often follow from it.");
            return failed == 0 ? 0 : 1;
        }
    }
}

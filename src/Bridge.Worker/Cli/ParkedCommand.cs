using Bridge.Worker.Engine;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge parked</c>: each stage's backlog, a stage retrying an item, and the items stages parked with their reasons.
/// Asks the running service (<c>GET /engine/parked</c>); when none answers, reads the state file.
/// </summary>
internal static class ParkedCommand
{
    public static Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var (read, report) = await RunningService.GetOrReadAsync(
                app,
                EngineEndpoints.Path,
                EngineEndpoints.Json,
                services => EngineReport.Build(services.GetRequiredService<StageRegistry>(), services.GetRequiredService<ParkedItemStore>()),
                error,
                cancellationToken);
            if (!read)
            {
                return 1;
            }

            if (report is null)
            {
                await error.WriteLineAsync($"The running service does not answer {EngineEndpoints.Path}.");
                return 1;
            }

            await output.WriteAsync(report.Format());
            return 0;
        });
}

using Bridge.Worker.Kernel;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge outbox</c>: the writes to ConnectWise that are pending, failing, parked (with the reason) or shadowed.
/// Asks the running service (<c>GET /outbox</c>); when none answers, reads the state file.
/// </summary>
internal static class OutboxCommand
{
    public static Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var (read, report) = await RunningService.GetOrReadAsync(
                app,
                OutboxEndpoints.Path,
                WriteBackJson.Options,
                services => OutboxReport.Build(
                    services.GetRequiredService<OutboxStore>(),
                    services.GetRequiredService<IOptions<BridgeModeOptions>>().Value.Mode,
                    OutboxEndpoints.MaxPerState),
                error,
                cancellationToken);
            if (!read)
            {
                return 1;
            }

            if (report is null)
            {
                await error.WriteLineAsync($"The running service does not answer {OutboxEndpoints.Path}.");
                return 1;
            }

            await output.WriteAsync(report.Format());
            return 0;
        });
}

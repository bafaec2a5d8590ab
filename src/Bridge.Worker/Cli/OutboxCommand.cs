using Bridge.Worker.Hosting;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge outbox</c>: the writes to ConnectWise that are pending, failing, parked (with the reason) or shadowed.
/// Asks the running service (<c>GET /outbox</c>); when none answers, reads the state file.
/// </summary>
internal static class OutboxCommand
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
            var report = await RunningService.GetAsync<OutboxReport>(app.Configuration["Urls"], OutboxEndpoints.Path, WriteBackJson.Options, cancellationToken);
            if (report is null)
            {
                try
                {
                    report = OutboxReport.Build(
                        app.Services.GetRequiredService<OutboxStore>(),
                        app.Services.GetRequiredService<IOptions<BridgeModeOptions>>().Value.Mode,
                        OutboxEndpoints.MaxPerState);
                }
                catch (IOException ex)
                {
                    await error.WriteLineAsync($"Neither the service nor the state file could be read: {ex.Message}");
                    return 1;
                }
            }

            await output.WriteAsync(report.Format());
            return 0;
        }
    }
}

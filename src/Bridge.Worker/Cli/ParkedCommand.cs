using Bridge.Worker.Engine;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge parked</c>: each stage's backlog, a stage retrying an item, and the items stages parked with their reasons.
/// Asks the running service (<c>GET /engine/parked</c>); when none answers, reads the state file.
/// </summary>
internal static class ParkedCommand
{
    public const string Usage = "usage: bridge parked | bridge parked retry <item id> | bridge parked dismiss <item id> [reason…]";

    /// <summary><c>bridge parked retry 3</c>, <c>bridge parked dismiss 3 [reason…]</c>: asks the running service.</summary>
    public static Task<int> ActAsync(BridgeCommand command, ServiceActionArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = arguments.Retry
            ? $"{EngineEndpoints.Path}/{arguments.Id}/retry"
            : $"{EngineEndpoints.Path}/{arguments.Id}/dismiss?reason={Uri.EscapeDataString(arguments.Reason)}";
        return ServiceAction.PostAsync<ParkedAdminResult>(command, path, EngineEndpoints.Json, r => (r.Done, r.Message), output, error, cancellationToken);
    }

    public static Task<int> ShowAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
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

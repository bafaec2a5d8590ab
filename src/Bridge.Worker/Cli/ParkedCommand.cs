using Bridge.Worker.Engine;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge parked</c>: each stage's backlog, a stage retrying an item, and the items stages parked with their reasons.
/// Asks the running service (<c>GET /engine/parked</c>); when none answers, reads the state file.
/// </summary>
internal static class ParkedCommand
{
    public const string Usage = "usage: bridge parked | bridge parked retry <item id> | bridge parked dismiss <item id> [reason…]";

    public static Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        command.HostArgs is ["retry" or "dismiss", ..] ? ActAsync(command, output, error, cancellationToken) : ShowAsync(command, output, error, cancellationToken);

    /// <summary><c>bridge parked retry 3</c>, <c>bridge parked dismiss 3 [reason…]</c>: asks the running service.</summary>
    private static async Task<int> ActAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var args = command.HostArgs;
        if (args.Length < 2 || !int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            await error.WriteLineAsync(args.Length < 2 ? Usage : $"'{args[1]}' is not a parked item id (the number `bridge parked` shows after #). {Usage}");
            return 2;
        }

        var path = args[0] == "retry"
            ? $"{EngineEndpoints.Path}/{id}/retry"
            : $"{EngineEndpoints.Path}/{id}/dismiss?reason={Uri.EscapeDataString(string.Join(' ', args.Skip(2)))}";
        return await ServiceAction.PostAsync<ParkedAdminResult>(command, path, EngineEndpoints.Json, r => (r.Done, r.Message), output, error, cancellationToken);
    }

    private static Task<int> ShowAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
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

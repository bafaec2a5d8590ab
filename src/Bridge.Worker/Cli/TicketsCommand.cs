using System.Globalization;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge tickets --recent [N]</c>: the last ticket changes and the path each came by. Asks the running
/// service (<c>GET /tickets/recent</c> on its configured address); when none answers, reads the state file.
/// </summary>
internal static class TicketsCommand
{
    private const int DefaultCount = 20;

    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryParseCount(command.HostArgs, out var count, out var usage))
        {
            await error.WriteLineAsync(usage);
            return 2;
        }

        return await BridgeCli.WithAppAsync(command, error, async app =>
        {
            var (read, changes) = await RunningService.GetOrReadAsync(
                app,
                $"{RecentTicketsEndpoints.Path}?count={count}",
                IngestJson.Options,
                services => services.GetRequiredService<TicketChangeStore>().Recent(count).Select(RecentChange.From).ToList(),
                error,
                cancellationToken);
            if (!read)
            {
                return 1;
            }

            if (changes is not { Count: > 0 })
            {
                await output.WriteLineAsync("No ticket changes seen yet.");
            }

            foreach (var change in changes ?? [])
            {
                await output.WriteLineAsync(change.Format());
            }

            return 0;
        });
    }

    internal static bool TryParseCount(IReadOnlyList<string> args, out int count, out string usage)
    {
        count = DefaultCount;
        usage = "Usage: bridge tickets --recent [N]  (N between 1 and 1000)";
        var index = args.ToList().IndexOf("--recent");
        if (index < 0)
        {
            return false;
        }

        if (index + 1 < args.Count && !args[index + 1].StartsWith('-'))
        {
            return int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count is >= 1 and <= 1000;
        }

        return true;
    }

    /// <summary>The first configured URL, with a wildcard host turned into loopback; null for port 0.</summary>
    internal static Uri? LoopbackAddress(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        first = first.Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal);
        return Uri.TryCreate(first, UriKind.Absolute, out var uri) && uri.Port != 0 ? uri : null;
    }
}

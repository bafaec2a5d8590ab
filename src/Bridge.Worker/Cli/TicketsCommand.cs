using System.CommandLine;
using Bridge.Worker.Ingest;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge tickets --recent [N]</c>: the last ticket changes and the path each came by. Asks the running
/// service (<c>GET /tickets/recent</c> on its configured address); when none answers, reads the state file.
/// </summary>
internal static class TicketsCommand
{
    private const int DefaultCount = 20;

    public const string Usage = "Usage: bridge tickets --recent [N]  (N between 1 and 1000)";

    public static Command CreateCommand(Func<ParseResult, int, CancellationToken, Task<int>> run)
    {
        var recent = CliOption.Missing(
            new Option<int>("--recent")
            {
                Description = $"the last N ticket changes seen, N from 1 to 1000 (default {DefaultCount})",
                HelpName = "N",
                Arity = ArgumentArity.ZeroOrOne,
                CustomParser = result => CliOption.WholeNumber(result, 1, 1000, _ => Usage) ?? DefaultCount,
            },
            Usage);
        var command = new Command(BridgeCommand.Tickets, "The last ticket changes seen and the path each came by (callback or poll).") { recent };
        command.Validators.Add(result =>
        {
            if (result.GetResult(recent) is null)
            {
                result.AddError(Usage);
            }
        });
        command.SetAction((parse, cancellationToken) => run(parse, parse.GetValue(recent), cancellationToken));
        return command;
    }

    public static Task<int> RunAsync(BridgeCommand command, int count, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
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

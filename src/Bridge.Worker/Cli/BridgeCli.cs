using Bridge.Worker.Configuration;
using Bridge.Worker.Hosting;

namespace Bridge.Worker.Cli;

/// <summary>Dispatches the command line to a verb. Exit codes: 0 fine, 1 a problem was found, 2 usage.</summary>
internal static class BridgeCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var command = BridgeCommand.Parse(args, BridgeEnvironment.DefaultConfigDirectory);
        if (command.Verb == BridgeCommand.Help)
        {
            await output.WriteLineAsync(BridgeCommand.Usage);
            return 0;
        }

        if (command.Error is not null)
        {
            await error.WriteLineAsync(command.Error);
            return 2;
        }

        return command.Verb switch
        {
            BridgeCommand.Validate => await ValidateCommand.RunAsync(command, output, error),
            BridgeCommand.CheckConnection => await CheckConnectionCommand.RunAsync(command, output, error, cancellationToken),
            BridgeCommand.Demo => await DemoCommand.RunAsync(command, output, error, cancellationToken),
            BridgeCommand.Explain => await ExplainCommand.RunAsync(command, output, error, cancellationToken),
            BridgeCommand.Tickets => await TicketsCommand.RunAsync(command, output, error, cancellationToken),
            BridgeCommand.OnCall => await OnCallCommand.RunAsync(command, output, error),
            BridgeCommand.Outbox => await OutboxCommand.RunAsync(command, output, error, cancellationToken),
            _ => await RunCommand.RunAsync(command, output, error, cancellationToken),
        };
    }

    /// <summary>
    /// Builds the host and lists every configuration problem. A file that is not valid JSON is
    /// reported with its path and position instead of a stack trace.
    /// </summary>
    internal static (WebApplication? App, IReadOnlyList<string> Problems) BuildAndCheck(
        BridgeCommand command,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? profile = null)
    {
        WebApplication app;
        try
        {
            app = BridgeApplication.Build(command, overrides, profile);
        }
        catch (InvalidDataException ex)
        {
            return (null, [DescribeUnreadableFile(ex)]);
        }
        catch (FileNotFoundException ex)
        {
            return (null, [ex.Message]);
        }

        var problems = app.Services.ConfigurationProblems();
        return (app, problems);
    }

    /// <summary>"Failed to load configuration from file 'X'. Could not parse the JSON file: line 3, column 41: …"</summary>
    private static string DescribeUnreadableFile(InvalidDataException ex)
    {
        var parts = new List<string> { ex.Message.TrimEnd('.') };
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.Json.JsonException { LineNumber: { } line } json)
            {
                var column = (json.BytePositionInLine ?? 0) + 1;
                parts.Add($"line {line + 1}, column {column}: {json.Message.Split(" LineNumber:", 2)[0].TrimEnd('.')}");
            }
            else
            {
                parts.Add(inner.Message.TrimEnd('.'));
            }
        }

        return string.Join(". ", parts.Distinct()) + ".";
    }

    internal static async Task WriteProblemsAsync(TextWriter error, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }
    }
}

using System.CommandLine;
using Bridge.Worker.Configuration;
using Bridge.Worker.Hosting;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Cli;

/// <summary>Dispatches the command line to a verb. Exit codes: 0 fine, 1 a problem was found, 2 usage.</summary>
internal static class BridgeCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, null, output, error, cancellationToken);

    /// <param name="input">What a verb reads from the person (a password); the console when null.</param>
    public static async Task<int> RunAsync(string[] args, CliInput? input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var (result, command) = BridgeCommandLine.Parse(args, BridgeEnvironment.DefaultConfigDirectory, input);
        if (command.Error is not null)
        {
            await error.WriteLineAsync(command.Error);
            return 2;
        }

        // The host handles Ctrl+C and SIGTERM itself (RunCommand); an exception is Program's to log.
        var invocation = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        return await result.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>
    /// Builds the host and lists every configuration problem. A file that is not valid JSON is
    /// reported with its path and position instead of a stack trace.
    /// </summary>
    internal static (WebApplication? App, IReadOnlyList<string> Problems) BuildAndCheck(
        BridgeCommand command,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? profile = null,
        bool watchConfiguration = false,
        Action<IServiceCollection>? configureServices = null)
    {
        WebApplication app;
        try
        {
            app = BridgeApplication.Build(command, overrides, profile, configureServices, watchConfiguration);
        }
        catch (InvalidDataException ex)
        {
            return (null, [ConfigFileError.Describe(ex)]);
        }
        catch (FileNotFoundException ex)
        {
            return (null, [ex.Message]);
        }

        var problems = app.Services.ConfigurationProblems();
        return (app, problems);
    }

    /// <summary>Builds the host for a verb that reads what the service stores; when it cannot be built, prints why and answers 1.</summary>
    internal static async Task<int> WithAppAsync(BridgeCommand command, TextWriter error, Func<WebApplication, Task<int>> run)
    {
        var (app, problems) = BuildAndCheck(command);
        if (app is null)
        {
            await WriteProblemsAsync(error, problems);
            return 1;
        }

        await using (app)
        {
            return await run(app);
        }
    }

    internal static async Task WriteProblemsAsync(TextWriter error, IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }
    }
}

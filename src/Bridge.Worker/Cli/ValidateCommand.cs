using Bridge.Worker.Configuration;

namespace Bridge.Worker.Cli;

/// <summary><c>bridge validate</c>: every configuration problem, one line each, exit 1 on any.</summary>
internal static class ValidateCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error)
    {
        var (app, optionProblems) = BridgeCli.BuildAndCheck(command);
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        // The schema catches what binding cannot: a misspelt key is silently ignored by the binder.
        var problems = optionProblems.Concat(ConfigSchemaFiles.Problems(Path.GetFullPath(command.ConfigDirectory))).ToList();

        if (problems.Count > 0)
        {
            await BridgeCli.WriteProblemsAsync(error, problems);
            await error.WriteLineAsync($"{problems.Count} problem(s) in the configuration in {Path.GetFullPath(command.ConfigDirectory)}.");
            return 1;
        }

        await output.WriteLineAsync($"Configuration in {Path.GetFullPath(command.ConfigDirectory)} is valid.");
        return 0;
    }
}

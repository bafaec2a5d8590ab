using System.CommandLine;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge storage copy --to postgres [--connection-string CS] [--replace]</c>: where the state is copied to, and
/// whether a target holding the bridge's documents is emptied first.
/// </summary>
internal sealed record StorageArguments(string Target, string? ConnectionString, bool Replace)
{
    public const string Copy = "copy";
    public const string Postgres = "postgres";

    public static Command CreateCommand(Func<ParseResult, StorageArguments, CancellationToken, Task<int>> run)
    {
        var to = CliOption.Missing(
            new Option<string?>("--to")
            {
                Description = $"where the state goes: {Postgres} (the only target for now)",
                HelpName = "TARGET",
                CustomParser = result =>
                {
                    var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                    if (given.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
                    {
                        return Postgres;
                    }

                    result.AddError(given.StartsWith("--", StringComparison.Ordinal) ? $"--to needs a value: {Postgres}." : $"--to takes {Postgres} (the only target for now), not '{given}'.");
                    return null;
                },
            },
            $"--to needs a value: {Postgres}.");
        var connection = CliOption.Text(
            "--connection-string",
            "CS",
            "the PostgreSQL database to copy into (default: the configured Storage:ConnectionString); it holds the password, so it is "
            + "better given through the environment, Bridge__Storage__ConnectionString, than on a command line",
            "a PostgreSQL connection string (Host=…;Database=…;Username=…;Password=…)");
        var replace = CliOption.Flag("--replace", "copy into a target that holds the bridge's documents already: empties the bridge's tables there first");
        var copy = new Command(
            Copy,
            "Copy the state file (Storage:Path) and its inbox file into PostgreSQL, every collection with its ids, while the service is "
            + "stopped; refuses a target holding the bridge's documents unless --replace.")
        {
            to, connection, replace,
        };
        copy.Validators.Add(result =>
        {
            if (result.GetResult(to) is null)
            {
                result.AddError($"storage copy needs --to {Postgres}.");
            }
        });
        copy.SetAction((parse, cancellationToken) =>
            run(parse, new StorageArguments(parse.GetValue(to)!, parse.GetValue(connection), parse.GetValue(replace)), cancellationToken));
        return new Command(BridgeCommand.Storage, "Move the bridge's state between engines (LiteDB to PostgreSQL).") { copy };
    }
}

using System.Globalization;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Storage.PostgreSql;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge storage copy --to postgres</c>: copies the configured state file and its inbox file into PostgreSQL
/// (<see cref="StorageCopy"/>), then prints each collection's count and the total. Names the target by server,
/// database and user only: the connection string holds the password. Exit 1 when the copy was refused or failed.
/// </summary>
internal static class StorageCommand
{
    public static Task<int> RunAsync(BridgeCommand command, StorageArguments args, TextWriter output, TextWriter error) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var statePath = app.Services.GetRequiredService<BridgeEnvironment>().ResolvePath(app.Configuration["Storage:Path"] is { Length: > 0 } path ? path : new StorageOptions().Path);
            var connectionString = args.ConnectionString ?? app.Configuration[PostgresConnection.Key];
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                await error.WriteLineAsync(
                    $"No PostgreSQL database to copy into: set {PostgresConnection.Key} (best in the environment, Bridge__Storage__ConnectionString) or give --connection-string.");
                return 1;
            }

            StorageCopyResult result;
            string target;
            try
            {
                using var connection = new PostgresConnection(connectionString, "bridge storage copy");
                target = connection.Describe;
                result = new StorageCopy(statePath, connection, app.Services.GetRequiredService<ILogger<StorageCopy>>()).Run(args.Replace);
            }
            catch (StorageUnavailableException ex)
            {
                await error.WriteLineAsync(ex.Message);
                return 1;
            }

            if (result.Outcome is not (StorageCopyOutcome.Copied or StorageCopyOutcome.Mismatch))
            {
                await error.WriteLineAsync(result.Message);
                return 1;
            }

            await output.WriteLineAsync(result.Succeeded
                ? $"Copied {statePath} and its inbox file into the {target}:"
                : $"Copied {statePath} and its inbox file into the {target}, then undid it:");
            foreach (var collection in result.Collections)
            {
                await output.WriteLineAsync(collection.Matches
                    ? string.Create(CultureInfo.InvariantCulture, $"  {collection.Label}: {collection.Target} copied")
                    : string.Create(CultureInfo.InvariantCulture, $"  {collection.Label}: {collection.Source} in LiteDB, {collection.Target} in PostgreSQL"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Total: {result.Total} documents in {result.Collections.Count} collections."));
            if (!result.Succeeded)
            {
                await error.WriteLineAsync(result.Message);
                return 1;
            }

            await output.WriteLineAsync($"Set Storage:Provider to PostgreSql (with {PostgresConnection.Key}) and start the service; the state file is left as it was.");
            return 0;
        });
}

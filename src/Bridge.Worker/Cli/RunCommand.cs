using Serilog;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge run</c>: the service. A bad configuration stops it before anything starts; once running, a valid
/// edit of the configuration files applies without a restart and an invalid one is refused.
/// </summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(
        BridgeCommand command,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? profile = null,
        Func<WebApplication, Task>? onStarted = null,
        Action<IServiceCollection>? configureServices = null)
    {
        // Only the service watches its files: every watcher takes an inotify instance, and CLI commands and
        // test hosts would run out of them.
        var (app, problems) = BridgeCli.BuildAndCheck(command, overrides, profile, watchConfiguration: true, configureServices);
        if (app is null || problems.Count > 0)
        {
            await BridgeCli.WriteProblemsAsync(error, problems);
            await error.WriteLineAsync("The bridge did not start: fix the configuration above (bridge validate lists the same).");
            // A count, not the lines: they may quote a value, and this logger knows no secrets to mask.
            Log.Fatal("The bridge did not start: {ProblemCount} problem(s) in the configuration", problems.Count);
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            return 1;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
                if (onStarted is not null)
                {
                    await onStarted(app);
                }

                await app.WaitForShutdownAsync(cancellationToken);
                // An instance that lost the engine lease stopped itself: its exit code tells the service manager so.
                return Environment.ExitCode == Storage.Leases.LeaseKeeper.LostExitCode ? Storage.Leases.LeaseKeeper.LostExitCode : 0;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or Storage.StorageUnavailableException)
            {
                await error.WriteLineAsync($"The bridge stopped: {ex.Message}");
                Log.Fatal(ex, "The bridge stopped");
                return 1;
            }
            finally
            {
                try
                {
                    await app.StopAsync(CancellationToken.None);
                }
                catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
                {
                    await output.FlushAsync(CancellationToken.None);
                }
            }
        }
    }
}

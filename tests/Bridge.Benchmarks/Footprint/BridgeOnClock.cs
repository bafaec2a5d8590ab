using Bridge.Benchmarks.Support;
using Bridge.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// The hidden verb <c>bridge-on-clock --clock-start ISO --clock-anchor ISO --speed N --config DIR [--Key=Value …]</c>:
/// the bridge exactly as <c>bridge run --config DIR [--Key=Value …]</c> runs it (configuration checked and watched,
/// every capability, Kestrel), except that its one <see cref="TimeProvider"/> is the <see cref="SharedClock"/>
/// the benchmark process drives the sandbox with. Its own process, so that its RSS is measured alone; it runs
/// until killed.
/// </summary>
internal static class BridgeOnClock
{
    public const string Verb = "bridge-on-clock";

    /// <summary>How the benchmark starts it: this program, with <see cref="Environment"/>.</summary>
    public static IReadOnlyList<string> CommandLine(SharedClock clock, string configDirectory, IReadOnlyDictionary<string, string?> settings) =>
        [.. WorkerProcess.CommandFor(typeof(BridgeOnClock).Assembly.Location), Verb, .. clock.AsSwitches(), "--config", configDirectory, .. BridgeSettings.AsSwitches(settings)];

    /// <summary>
    /// The runtime settings of the worker's runtimeconfig (the Web SDK's server GC; issue #17: conserve memory 5, no
    /// tiered PGO): this program's own runtimeconfig says workstation GC, which would measure a different heap.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        ["DOTNET_gcServer"] = "1",
        ["DOTNET_GCConserveMemory"] = "5",
        ["DOTNET_TieredPGO"] = "0",
    };

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var (shared, rest) = SharedClock.Parse(args);
        var clock = shared.Join();
        Console.WriteLine($"{Verb}: clock at {clock.GetUtcNow():O}, ×{clock.Speed}, server GC {System.Runtime.GCSettings.IsServerGC}");
        var command = BridgeCommand.Parse([BridgeCommand.Run, .. rest], RepoLayout.ShippedConfig);
        if (command.Error is not null)
        {
            await Console.Error.WriteLineAsync(command.Error);
            return 2;
        }

        return await RunCommand.RunAsync(command, Console.Out, Console.Error, CancellationToken.None,
            configureServices: services => services.AddSingleton<TimeProvider>(clock));
    }
}

using System.Globalization;

namespace Bridge.Benchmarks.Support;

/// <summary>What the machine was doing while a benchmark ran, for the record beside its numbers.</summary>
internal static class MachineState
{
    /// <summary>The 1, 5 and 15 minute load averages: above the core count, the numbers measure contention too.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:F0} MB");
}

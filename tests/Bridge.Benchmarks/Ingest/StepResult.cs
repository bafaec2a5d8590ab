using System.Globalization;
using Bridge.Benchmarks.Support;

namespace Bridge.Benchmarks.Ingest;

/// <summary>What one rate step produced: answers by status, latency from send to answer, and the rate achieved.</summary>
internal sealed record StepResult(int OfferedRate, int Sent, int Stored, int TooMany, IReadOnlyDictionary<int, int> Other, TimeSpan Elapsed, Percentiles Latency, TimeSpan WorkerCpu)
{
    /// <summary>200s per second, from the first send to the last answer.</summary>
    public double AchievedRate => Stored / Elapsed.TotalSeconds;

    /// <summary>Every callback answered 200 and the answers kept up with the offered rate (within 5 %).</summary>
    public bool Sustained => Stored == Sent && AchievedRate >= OfferedRate * 0.95;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"offered {OfferedRate,5}/s  achieved {AchievedRate,7:F0}/s  200 {Stored,6}  429 {TooMany,5}  other {(Other.Count == 0 ? "0" : string.Join(' ', Other.Select(o => $"{Describe(o.Key)}×{o.Value}")))}  "
        + $"p50 {Latency.At(50),6:F1} ms  p99 {Latency.At(99),7:F1} ms  max {Latency.Max,7:F1} ms  "
        + $"worker CPU {WorkerCpu.TotalMilliseconds / Math.Max(1, Sent):F2} ms/callback  {(Sustained ? "sustained" : "NOT sustained")}");

    private static string Describe(int status) => status switch
    {
        -1 => "connection-error",
        -2 => "timeout",
        _ => status.ToString(CultureInfo.InvariantCulture),
    };
}

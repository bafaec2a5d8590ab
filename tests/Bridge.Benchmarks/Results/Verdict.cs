namespace Bridge.Benchmarks.Results;

/// <summary>How a measured figure stands against its target.</summary>
internal static class Verdict
{
    public const string Meets = "meets";
    public const string Misses = "MISSES";
    public const string Recorded = "recorded";

    public static string Of(bool meets) => meets ? Meets : Misses;

    public static string Pending(string issue) => $"pending {issue}";
}

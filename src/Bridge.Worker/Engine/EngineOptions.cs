using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Engine;

/// <summary>How the stages treat an item that fails (<c>Engine</c>).</summary>
internal sealed class EngineOptions
{
    public const string SectionName = "Engine";

    /// <summary>Attempts before an item is parked and the stage goes on without it.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The wait after a failed attempt; doubled after each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often a stage looks at its input when nobody woke it (a missed wake-up is late, never lost).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(15);
}

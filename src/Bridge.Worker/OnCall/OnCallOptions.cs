namespace Bridge.Worker.OnCall;

/// <summary>
/// Section <c>OnCall</c>: people, roles and schedules. Absent means no schedules (nothing to resolve).
/// Checked at start by <see cref="OnCallOptionsValidator"/>; every problem names its key.
/// </summary>
public sealed class OnCallOptions
{
    public const string SectionName = "OnCall";

    public List<PersonOptions> People { get; set; } = [];

    /// <summary>Role name (Dispatcher, ServiceManager, ServiceDirector, or any other) → member identifiers, first to page first.</summary>
    public Dictionary<string, List<string>> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<ScheduleOptions> Schedules { get; set; } = [];

    /// <summary>Handoff notices to the person whose stretch begins.</summary>
    public HandoffOptions Handoff { get; set; } = new();

    /// <summary>Gap warnings to a role, days ahead.</summary>
    public GapWarningOptions GapWarnings { get; set; } = new();

    /// <summary>How far ahead gaps are looked for and logged as warnings at start.</summary>
    public int GapWarningDays { get; set; } = 14;

    /// <summary>Calendar feeds show shifts from this many days ago…</summary>
    public int FeedDaysBack { get; set; } = 7;

    /// <summary>…to this many days ahead.</summary>
    public int FeedDaysAhead { get; set; } = 56;
}

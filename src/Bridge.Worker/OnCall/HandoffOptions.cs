namespace Bridge.Worker.OnCall;

/// <summary>
/// Section <c>OnCall:Handoff</c>: "you are on call from 17:00 until Monday 08:00", sent to the person whose stretch
/// begins, through their first contact method only.
/// </summary>
public sealed class HandoffOptions
{
    public const string SectionName = OnCallOptions.SectionName + ":Handoff";

    public bool Enabled { get; set; } = true;

    /// <summary>How long before the stretch begins the first notice goes; zero sends none before.</summary>
    public TimeSpan NoticeBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A second notice as the stretch begins.</summary>
    public bool AtStart { get; set; } = true;
}

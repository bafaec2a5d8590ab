namespace Bridge.Worker.OnCall;

/// <summary>One entry of <c>OnCall:Schedules</c>.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Used in URLs and commands: letters, digits, '-' and '_'.</summary>
    public string Name { get; set; } = "";

    /// <summary>IANA zone in which handoffs and restrictions are read (e.g. America/New_York).</summary>
    public string TimeZone { get; set; } = "";

    /// <summary>Lowest first: a later layer wins wherever it is active.</summary>
    public List<LayerOptions> Layers { get; set; } = [];

    public List<OverrideOptions> Overrides { get; set; } = [];

    /// <summary>
    /// Who answers for this rotation (a member identifier or <c>role:&lt;name&gt;</c>): told at once when a page finds
    /// nobody on call in it. Empty: nobody is told (the page still falls through to the next step).
    /// </summary>
    public string Owner { get; set; } = "";

    /// <summary>
    /// The hours someone must be on call (weekly windows like a layer's restrictions); empty means
    /// around the clock. Nobody on call inside them is a gap: logged at start, warned to <c>OnCall:GapWarnings:Role</c> ahead.
    /// </summary>
    public List<RestrictionOptions> Coverage { get; set; } = [];
}

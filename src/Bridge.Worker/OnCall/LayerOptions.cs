namespace Bridge.Worker.OnCall;

/// <summary>One entry of <c>OnCall:Schedules:N:Layers</c>: a rotation of people.</summary>
public sealed class LayerOptions
{
    public string Name { get; set; } = "";

    /// <summary>Member identifiers in turn order.</summary>
    public List<string> Rotation { get; set; } = [];

    /// <summary><c>Weekly</c>, <c>Daily</c> or a number of hours (<c>12h</c>).</summary>
    public string Shift { get; set; } = "Weekly";

    /// <summary>Local time of the handoff, with a day for weekly shifts: <c>Monday 08:00</c>.</summary>
    public string Handoff { get; set; } = "Monday 08:00";

    /// <summary>The first person in <see cref="Rotation"/> starts at the first handoff on or after this date.</summary>
    public string Start { get; set; } = "2024-01-01";

    /// <summary>When present, the layer is on only inside these weekly windows.</summary>
    public List<RestrictionOptions> Restrictions { get; set; } = [];
}

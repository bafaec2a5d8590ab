namespace Bridge.Worker.OnCall;

/// <summary>
/// One entry of <c>OnCall:Schedules:N:Overrides</c>: <see cref="Person"/> covers from..to, for
/// <see cref="For"/> only when set. Times are local to the schedule unless they carry an offset.
/// </summary>
public sealed class OverrideOptions
{
    public string Person { get; set; } = "";

    public string? For { get; set; }

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public string? Note { get; set; }
}

namespace Bridge.Worker.Escalation.Policies;

/// <summary>A runbook for tickets of a type (and subtype, when given). The most specific match wins.</summary>
public sealed class RunbookOptions
{
    public string Type { get; set; } = "";

    public string? SubType { get; set; }

    public string Url { get; set; } = "";
}

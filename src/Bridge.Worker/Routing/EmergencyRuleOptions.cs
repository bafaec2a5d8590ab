namespace Bridge.Worker.Routing;

/// <summary>
/// One rule: every list that is set must match (any one entry of it). Names compare case-insensitively;
/// keywords match whole words of the summary ("down" does not match "downtown").
/// </summary>
public sealed class EmergencyRuleOptions
{
    /// <summary>Shown in reasons; defaults to the rule's position.</summary>
    public string? Name { get; set; }

    /// <summary>Priority levels ("P1") or ConnectWise priority names configured under Routing:Priorities.</summary>
    public List<string>? Priorities { get; set; }

    public List<string>? Boards { get; set; }

    public List<string>? Types { get; set; }

    public List<string>? SubTypes { get; set; }

    public List<string>? Items { get; set; }

    /// <summary>Configuration item names, e.g. "NWD-DC01".</summary>
    public List<string>? ConfigurationItems { get; set; }

    /// <summary>Words or phrases in the summary.</summary>
    public List<string>? Keywords { get; set; }
}

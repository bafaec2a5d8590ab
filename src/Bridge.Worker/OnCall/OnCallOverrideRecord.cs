namespace Bridge.Worker.OnCall;

/// <summary>An override added at run time (CLI or HTTP), as stored in the state file.</summary>
public sealed class OnCallOverrideRecord
{
    public string Id { get; set; } = "";

    public string Schedule { get; set; } = "";

    public string Person { get; set; } = "";

    public string? For { get; set; }

    public DateTimeOffset From { get; set; }

    public DateTimeOffset To { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Note { get; set; }

    public OnCallOverride ToOverride() => new(Id, Schedule, Person, For, From, To, CreatedAt, Note);
}

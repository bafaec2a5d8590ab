namespace Bridge.Worker.Storage;

/// <summary>One start of the service: when, which version, on which machine, and how it ended.</summary>
public sealed class ServiceRun
{
    public int Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }

    public string Version { get; set; } = "";

    public string Machine { get; set; } = "";
}

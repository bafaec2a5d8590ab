namespace Bridge.Worker.Routing;

/// <summary>A kept configuration version: its hash, when it was first applied, its versioned sections as JSON (no secrets).</summary>
public sealed class StoredConfiguration
{
    /// <summary>The version (hash).</summary>
    public string Id { get; set; } = "";

    public DateTimeOffset AppliedAt { get; set; }

    public string Json { get; set; } = "";
}

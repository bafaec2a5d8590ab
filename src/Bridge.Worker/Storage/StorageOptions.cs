using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Storage;

/// <summary>Where the bridge keeps its state. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The LiteDB file. A relative path is taken from the configuration directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/bridge.db";

    /// <summary>
    /// Force every commit to disk before it is acknowledged. LiteDB 5.0.20 does not fsync on its own;
    /// turning this off trades a lost last commit on power failure for faster writes.
    /// </summary>
    public bool DurableCommits { get; set; } = true;
}

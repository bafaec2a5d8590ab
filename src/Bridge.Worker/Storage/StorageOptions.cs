using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Storage;

/// <summary>Where the bridge keeps its state. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Which engine keeps the state: <c>LiteDb</c> (a file on this machine, the default) or <c>PostgreSql</c> (shared by several instances).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    /// <summary>
    /// The PostgreSQL connection string (with <c>Provider</c> = <c>PostgreSql</c>): a secret, since it holds the
    /// password. Keep it in the protected secrets or the environment (<c>Bridge__Storage__ConnectionString</c>), not
    /// in <c>appsettings.json</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    public static readonly TimeSpan DefaultLeaseTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// With PostgreSQL: how long the engine lease lasts without renewal (renewed every fifth of it). An instance that
    /// dies hands over the background modules within about this long (the target is 15 s); too short, and a busy or
    /// briefly paused holder loses it and restarts.
    /// </summary>
    public TimeSpan LeaseTime { get; set; } = DefaultLeaseTime;

    /// <summary>With PostgreSQL: this instance's name in the lease (machine, process and a nonce when empty).</summary>
    public string? InstanceName { get; set; }

    /// <summary>The LiteDB file (with <c>Provider</c> = <c>LiteDb</c>). A relative path is taken from the configuration directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/bridge.db";

    /// <summary>
    /// Force every commit to disk before it is acknowledged. LiteDB 5.0.20 does not fsync on its own;
    /// turning this off trades a lost last commit on power failure for faster writes.
    /// </summary>
    public bool DurableCommits { get; set; } = true;
}

/// <summary>The engines the state can be kept in.</summary>
public enum StorageProvider
{
    LiteDb,
    PostgreSql,
}

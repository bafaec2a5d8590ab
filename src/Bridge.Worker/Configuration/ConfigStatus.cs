namespace Bridge.Worker.Configuration;

/// <summary>Which configuration is in force and what became of the last edit; <c>GET /config/status</c> shows it.</summary>
internal sealed record ConfigStatus
{
    public const string InForce = "in-force";
    public const string Refused = "refused";

    /// <summary><see cref="InForce"/>: the files on disk are what runs. <see cref="Refused"/>: the last edit was refused and an older version runs.</summary>
    public required string State { get; init; }

    /// <summary>Whether edits are picked up while the service runs (the <c>run</c> and <c>demo</c> commands).</summary>
    public required bool Watching { get; init; }

    /// <summary>When the configuration in force was read: at start, or at the last reload that applied.</summary>
    public required DateTimeOffset AppliedAt { get; init; }

    /// <summary>The version in force (<see cref="ConfigFingerprint"/>): what every routing decision and incident records.</summary>
    public string Version { get; init; } = "";

    /// <summary>When <see cref="Version"/> came into force.</summary>
    public DateTimeOffset? VersionAppliedAt { get; init; }

    /// <summary>The sections the last applied reload changed; empty until one has.</summary>
    public IReadOnlyList<string> Applied { get; init; } = [];

    /// <summary>Keys changed on disk that are read only at start: in force after the next restart.</summary>
    public IReadOnlyList<string> PendingRestart { get; init; } = [];

    /// <summary>When the files were last read for a reload, and how many times since start.</summary>
    public DateTimeOffset? CheckedAt { get; init; }

    public int Checks { get; init; }

    public ConfigRefusal? LastRefusal { get; init; }
}

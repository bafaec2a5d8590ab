using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Logging;

/// <summary>Where log files go. Levels come from the <c>Serilog</c> section. Section <c>Logging:File</c>.</summary>
public sealed class LoggingOptions
{
    public const string SectionName = "Logging:File";

    /// <summary>Rolling log file; the date is inserted before the extension. Relative to the config directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "logs/bridge-.log";

    /// <summary>Daily files kept.</summary>
    [Range(1, 3650)]
    public int RetainedFileCount { get; set; } = 31;

    /// <summary>Set false to log to the console only.</summary>
    public bool Enabled { get; set; } = true;
}

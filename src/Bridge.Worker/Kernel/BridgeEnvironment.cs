namespace Bridge.Worker.Kernel;

/// <summary>Where this installation keeps its configuration; relative paths in config start there.</summary>
internal sealed class BridgeEnvironment(string configDirectory)
{
    public string ConfigDirectory { get; } = Path.GetFullPath(configDirectory);

    public string ResolvePath(string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(ConfigDirectory, path));

    /// <summary>The configuration shipped beside the executable (copied from the repository's <c>config/</c>).</summary>
    public static string DefaultConfigDirectory =>
        Environment.GetEnvironmentVariable("BRIDGE_CONFIG_DIR") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(AppContext.BaseDirectory, "config");
}

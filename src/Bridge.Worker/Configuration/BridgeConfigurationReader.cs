namespace Bridge.Worker.Configuration;

/// <summary>
/// Reads the whole layered configuration (<see cref="BridgeConfiguration"/>) afresh, with the same
/// profile, host arguments and overrides the service started with: once at start, then at every reload.
/// </summary>
internal sealed class BridgeConfigurationReader(
    string configDirectory,
    string[] hostArgs,
    IReadOnlyDictionary<string, string?>? overrides = null,
    string? profile = null)
{
    public string ConfigDirectory { get; } = Path.GetFullPath(configDirectory);

    /// <summary>The admin's files, the ones a reload watches.</summary>
    public IReadOnlyList<string> Files { get; } = BridgeConfiguration.Files(profile);

    /// <summary>
    /// Throws <see cref="InvalidDataException"/> for a file that is not valid JSON and
    /// <see cref="FileNotFoundException"/> for a missing profile file, as the host builder always has.
    /// </summary>
    public IConfigurationRoot Read()
    {
        var builder = new ConfigurationBuilder();
        BridgeConfiguration.Apply(builder, ConfigDirectory, hostArgs, overrides, profile);
        return builder.Build();
    }

    /// <summary>The admin's files that exist right now.</summary>
    public IReadOnlySet<string> ExistingFiles() =>
        Files.Where(name => File.Exists(Path.Combine(ConfigDirectory, name))).ToHashSet(StringComparer.Ordinal);
}

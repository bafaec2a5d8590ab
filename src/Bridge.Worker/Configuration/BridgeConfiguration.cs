namespace Bridge.Worker.Configuration;

/// <summary>
/// Builds the configuration in precedence order: the shipped host settings, the admin's file,
/// an optional profile overlay, protected secrets (DPAPI files on Windows, systemd credentials on
/// Linux), environment variables with the <c>Bridge__</c> prefix, then command-line switches and
/// in-process overrides (the demo).
/// </summary>
internal static class BridgeConfiguration
{
    public const string EnvironmentPrefix = "Bridge__";

    /// <summary>The admin's files in the configuration directory, in the order <see cref="Apply"/> layers them.</summary>
    public static IReadOnlyList<string> Files(string? profile) =>
        profile is null ? ["appsettings.json", "bridge.json"] : ["appsettings.json", "bridge.json", $"bridge.{profile}.json"];

    public static void Apply(
        IConfigurationBuilder builder,
        string configDirectory,
        string[] hostArgs,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? profile = null)
    {
        builder.Sources.Clear();
        builder.SetBasePath(Path.GetFullPath(configDirectory));
        // No reloadOnChange: a provider that reloads itself would put an invalid edit live. The running service
        // reads the files again through ConfigReloader, which lets a new configuration in only once it is valid.
        builder.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        builder.AddJsonFile("bridge.json", optional: true, reloadOnChange: false);
        if (profile is not null)
        {
            builder.AddJsonFile($"bridge.{profile}.json", optional: false, reloadOnChange: false);
        }

        AddSecrets(builder, configDirectory);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddCommandLine(hostArgs);
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }
    }

    private static void AddSecrets(IConfigurationBuilder builder, string configDirectory)
    {
        if (OperatingSystem.IsWindows())
        {
            builder.Add(new ProtectedSecretsConfigurationSource(
                Path.Combine(Path.GetFullPath(configDirectory), "secrets"),
                ProtectedSecretsConfigurationSource.UnprotectWithMachineScope));
        }

        // systemd's LoadCredential= puts one file per secret here, readable by the service only.
        if (Environment.GetEnvironmentVariable("CREDENTIALS_DIRECTORY") is { Length: > 0 } credentials && Directory.Exists(credentials))
        {
            builder.AddKeyPerFile(credentials, optional: true);
        }
    }
}

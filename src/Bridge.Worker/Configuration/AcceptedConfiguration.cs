namespace Bridge.Worker.Configuration;

/// <summary>
/// The configuration the service runs on: a copy of the layered files as last accepted. It is the host's
/// only configuration source, so nothing reads a file the moment it changes on disk; a new version
/// comes in through <see cref="Replace"/>, which <see cref="ConfigReloader"/> calls only once every
/// section of it is valid. Options monitors then see the new values and nothing else.
/// </summary>
internal sealed class AcceptedConfiguration : ConfigurationProvider, IConfigurationSource
{
    private IReadOnlyDictionary<string, string?> _current;

    public AcceptedConfiguration(IReadOnlyDictionary<string, string?> initial)
    {
        _current = initial;
        Data = Copy(initial);
    }

    /// <summary>Reads the layered files once, for the start.</summary>
    public static AcceptedConfiguration ReadFrom(BridgeConfigurationReader reader)
    {
        var root = reader.Read();
        try
        {
            return new AcceptedConfiguration(Flatten(root));
        }
        finally
        {
            (root as IDisposable)?.Dispose();
        }
    }

    /// <summary>Every key and value in force (keys compare ignoring case).</summary>
    public IReadOnlyDictionary<string, string?> Current => _current;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Replace(IReadOnlyDictionary<string, string?> accepted)
    {
        _current = accepted;
        Data = Copy(accepted);
        OnReload();
    }

    /// <summary>Every key of a configuration with its value, as a provider would hold it.</summary>
    public static IReadOnlyDictionary<string, string?> Flatten(IConfiguration configuration) =>
        configuration.AsEnumerable().ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, string?> Copy(IReadOnlyDictionary<string, string?> values) =>
        new(values, StringComparer.OrdinalIgnoreCase);
}

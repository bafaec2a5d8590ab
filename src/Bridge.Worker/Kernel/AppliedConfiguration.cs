namespace Bridge.Worker.Kernel;

/// <summary>The configuration in force as its version and the JSON of its versioned sections, secrets left out.</summary>
internal sealed record AppliedConfiguration(ConfigurationVersion Version, string Json);

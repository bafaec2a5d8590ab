namespace Bridge.Benchmarks.Support;

/// <summary>Where the shipped configuration and the built worker are, found from the repository root.</summary>
internal static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration an admin starts from (<c>config/</c>): the benchmarks run the bridge as shipped.</summary>
    public static string ShippedConfig => Path.Combine(Root, "config");

    /// <summary>The worker's apphost from a Release build (what the systemd unit starts), unless told otherwise.</summary>
    public static string DefaultWorker => Path.Combine(Root, "src", "Bridge.Worker", "bin", "Release", "net10.0", "Bridge.Worker");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bridge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Bridge.sln not found above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }
}

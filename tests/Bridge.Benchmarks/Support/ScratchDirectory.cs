namespace Bridge.Benchmarks.Support;

/// <summary>A fresh directory under the system temp folder holding a copy of the shipped configuration; deleted on dispose.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    private readonly bool _keep;

    public ScratchDirectory(string purpose, bool keep = false)
    {
        _keep = keep;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bridge-bench", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
        foreach (var name in new[] { "appsettings.json", "bridge.json", "bridge.schema.json" })
        {
            File.Copy(System.IO.Path.Combine(RepoLayout.ShippedConfig, name), System.IO.Path.Combine(Path, name));
        }
    }

    public string Path { get; }

    /// <summary>The state file the shipped <c>Storage:Path</c> names, relative to the configuration directory.</summary>
    public string DatabasePath => System.IO.Path.Combine(Path, "data", "bridge.db");

    public void Dispose()
    {
        if (_keep)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A worker that is still exiting holds a file; temp is cleaned by the OS.
        }
    }
}

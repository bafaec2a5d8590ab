namespace Bridge.Worker.Watch;

/// <summary>The free share of the disk holding a file.</summary>
internal interface IDiskSpace
{
    /// <summary>Percent free (0–100) of the file system holding <paramref name="path"/>; null when it cannot be told.</summary>
    double? FreePercent(string path);
}

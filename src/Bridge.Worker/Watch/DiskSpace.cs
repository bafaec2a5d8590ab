namespace Bridge.Worker.Watch;

/// <summary>
/// The file system holding a path: the mounted drive with the longest root that contains it (on Linux the state
/// file's own mount, not <c>/</c>).
/// </summary>
internal sealed class DiskSpace : IDiskSpace
{
    public double? FreePercent(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            var drive = DriveInfo.GetDrives()
                .Where(d => d.IsReady && full.StartsWith(d.RootDirectory.FullName, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                .MaxBy(d => d.RootDirectory.FullName.Length);
            return drive is null || drive.TotalSize <= 0 ? null : 100.0 * drive.AvailableFreeSpace / drive.TotalSize;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

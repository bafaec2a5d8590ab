using System.Threading.Channels;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Watches the admin's files (only for <c>run</c> and <c>demo</c>: every watcher holds an inotify instance,
/// and test hosts and CLI commands would run out of them) and hands a settled edit to <see cref="ConfigReloader"/>.
/// </summary>
internal sealed class ConfigFileWatcher(
    BridgeConfigurationReader reader, ConfigReloader reloader, TimeProvider time, ILogger<ConfigFileWatcher> logger) : BackgroundService
{
    /// <summary>Editors save in bursts (truncate, write, rename); the files are read once they have been quiet this long.</summary>
    internal static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private FileSystemWatcher? _watcher;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before StartAsync returns (ExecuteAsync runs later, on its own): an edit right after start is not missed.
        _watcher = new FileSystemWatcher(reader.ConfigDirectory)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        foreach (var file in reader.Files)
        {
            _watcher.Filters.Add(file);
        }

        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.Error += OnError;
        _watcher.EnableRaisingEvents = true;
        ConfigLog.Watching(logger, string.Join(", ", reader.Files), reader.ConfigDirectory);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _changes.Reader.WaitToReadAsync(stoppingToken))
        {
            // Each event starts the quiet period again.
            while (_changes.Reader.TryRead(out _))
            {
                await Task.Delay(QuietPeriod, time, stoppingToken);
            }

            try
            {
                reloader.Reload();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Whatever went wrong with this edit, the next one must still be picked up.
                ConfigLog.ReloadFailed(logger, reloader.Status.AppliedAt, ex);
            }
        }
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(true);

    private void OnError(object sender, ErrorEventArgs e)
    {
        // Usually an overflowed event buffer: some change may have been missed, so read everything again.
        ConfigLog.WatcherError(logger, e.GetException().Message);
        _changes.Writer.TryWrite(true);
    }
}

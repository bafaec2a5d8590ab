using Bridge.Connectors.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.Tests.Support;

/// <summary>The channels as the host registers them, with test options, a chosen clock and collected logs.</summary>
internal sealed class ChannelTestHost : IDisposable
{
    private readonly ServiceProvider _services;

    public ChannelTestHost(Action<ChannelsOptions> configure, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddOptions<ChannelsOptions>().Configure(configure);
        services.AddNotificationChannels();
        _services = services.BuildServiceProvider();
    }

    public CollectingLoggerProvider Logs { get; } = new();

    public INotificationChannel Channel(string kind) =>
        _services.GetServices<INotificationChannel>().Single(c => c.Kind == kind);

    public string AllLogText => string.Join("\n", Logs.Entries.Select(e => e.Message));

    public void Dispose() => _services.Dispose();
}

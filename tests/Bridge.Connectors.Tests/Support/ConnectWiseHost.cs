using Bridge.Connectors.ConnectWise;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.Tests.Support;

/// <summary>A service provider with <c>AddConnectWiseClient</c> registered against given options.</summary>
internal static class ConnectWiseHost
{
    public static ServiceProvider Build(ConnectWiseOptions options, TimeProvider? time = null, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddOptions<ConnectWiseOptions>().Configure(o => options.CopyTo(o));
        services.AddConnectWiseClient();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}

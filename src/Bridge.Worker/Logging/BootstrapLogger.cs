using System.Globalization;
using Serilog;
using Serilog.Extensions.Hosting;

namespace Bridge.Worker.Logging;

/// <summary>
/// The process's logger before any configuration is read: the console, in the host's line format. A start
/// that fails before the host's own logger exists (a bad configuration, a port in use) still leaves a fatal
/// line. The host builds its own logger beside it (<c>preserveStaticLogger</c>), with the secrets masked;
/// this one is never given a configuration value.
/// </summary>
internal static class BootstrapLogger
{
    public static ReloadableLogger Create() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .Enrich.WithProperty("SourceContext", "Bridge.Worker")
            .WriteTo.Console(
                outputTemplate: LoggingServiceCollectionExtensions.OutputTemplate,
                formatProvider: CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();
}

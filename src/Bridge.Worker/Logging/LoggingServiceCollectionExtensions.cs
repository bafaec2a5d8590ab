using Bridge.Worker.Kernel;
using Serilog;
using Serilog.Events;

namespace Bridge.Worker.Logging;

internal static class LoggingServiceCollectionExtensions
{
    internal const string OutputTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Serilog to the console and a rolling file; levels from the <c>Serilog</c> section; secrets masked.</summary>
    public static IServiceCollection AddBridgeLogging(this IServiceCollection services, IConfiguration configuration, BridgeEnvironment environment)
    {
        services.AddBridgeOptions<LoggingOptions, LoggingOptionsValidator>(configuration, LoggingOptions.SectionName);
        // Levels and sinks are set up once; a change to them applies at the next start.
        services.AddReadAtStart("Logging", "Serilog");
        var secrets = SecretValues.Following(configuration);
        services.AddSingleton(secrets);
        var file = configuration.GetSection(LoggingOptions.SectionName).Get<LoggingOptions>() ?? new LoggingOptions();
        services.AddSerilog(
            (_, logger) =>
            {
                logger.MinimumLevel.Information()
                    .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                    .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                    .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                    .MinimumLevel.Override("Polly", LogEventLevel.Warning)
                    .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
                    // Off Windows the cookie keys are not encrypted at rest (no DPAPI); their directory is the service account's alone.
                    .MinimumLevel.Override("Microsoft.AspNetCore.DataProtection", LogEventLevel.Error)
                    .ReadFrom.Configuration(configuration)
                    .Enrich.FromLogContext()
                    .Enrich.With(new SecretRedactionEnricher(secrets))
                    .WriteTo.Console(outputTemplate: OutputTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                if (file.Enabled && !string.IsNullOrWhiteSpace(file.Path))
                {
                    logger.WriteTo.File(
                        environment.ResolvePath(file.Path),
                        rollingInterval: RollingInterval.Day,
                        retainedFileCountLimit: Math.Max(1, file.RetainedFileCount),
                        outputTemplate: OutputTemplate,
                        formatProvider: System.Globalization.CultureInfo.InvariantCulture);
                }
            },
            preserveStaticLogger: true,
            writeToProviders: false);
        return services;
    }
}

using System.Diagnostics.Metrics;
using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Bridge.Worker.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The bridge's meter, which every stage records into; a capability that records calls this itself (it may be
    /// registered without the rest of the host, as in tests).
    /// </summary>
    public static IServiceCollection AddBridgeMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BridgeMetrics>();
        return services;
    }

    /// <summary>
    /// The options (validated) and, when <see cref="TelemetryOptions.Enabled"/>, OpenTelemetry collecting the bridge's
    /// meter and ConnectWise's for the Prometheus scrape endpoint. No runtime or process instruments: the point is the
    /// bridge's own figures.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<TelemetryOptions, TelemetryOptionsValidator>(configuration, TelemetryOptions.SectionName);
        services.AddReadAtStart(TelemetryOptions.SectionName + ":" + nameof(TelemetryOptions.Enabled));
        services.AddBridgeMetrics();
        if (IsEnabled(configuration))
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("bridge"))
                .WithMetrics(metrics => metrics
                    .AddMeter(BridgeMetrics.MeterName, ConnectWiseMetrics.MeterName)
                    // A scrape reads the gauges' count queries afresh; nothing is cached between two scrapes.
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
            // Only this host's instruments (made by its meter factory): another host in the process (tests) has meters
            // of the same names, and its figures are not this bridge's.
            services.ConfigureOpenTelemetryMeterProvider((sp, metrics) =>
            {
                var own = sp.GetRequiredService<IMeterFactory>();
                metrics.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop);
            });
        }

        return services;
    }

    /// <summary><c>GET /metrics</c> in the Prometheus text format, behind <see cref="MetricsAccess"/> (404 when disabled).</summary>
    public static IEndpointRouteBuilder MapTelemetryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (IsEnabled(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            endpoints.MapPrometheusScrapingEndpoint(MetricsEndpoint.Path, meterProvider: null, MetricsEndpoint.Guard, optionsName: null)
                .Public("a loopback caller that came through no proxy, or the bearer token Telemetry:MetricsToken");
        }

        return endpoints;
    }

    private static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue(TelemetryOptions.SectionName + ":" + nameof(TelemetryOptions.Enabled), true);
}

using Bridge.Worker.Access;
using Bridge.Worker.Access.Audit;
using Bridge.Worker.Api;
using Bridge.Worker.Configuration;
using Bridge.Worker.ConnectWise;
using Bridge.Worker.Engine;
using Bridge.Worker.Escalation;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Web;
using Bridge.Worker.Routing;
using Bridge.Worker.OnCall;
using Bridge.Worker.StatusPage;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;
using Bridge.Worker.Watch;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bridge.Worker.Hosting;

/// <summary>The service's table of contents: configuration, one <c>AddXxx</c> per capability, endpoints.</summary>
internal static class BridgeApplication
{
    public static WebApplication Build(
        IHostCommandLine command,
        IReadOnlyDictionary<string, string?>? overrides = null,
        string? profile = null,
        Action<IServiceCollection>? configureServices = null,
        bool watchConfiguration = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = command.HostArgs,
            ContentRootPath = Path.GetFullPath(command.ConfigDirectory),
        });
        var reader = new BridgeConfigurationReader(command.ConfigDirectory, command.HostArgs, overrides, profile);
        var accepted = AcceptedConfiguration.ReadFrom(reader);
        builder.Configuration.Sources.Clear();
        builder.Configuration.Sources.Add(accepted);
        builder.Host.UseWindowsService(options => options.ServiceName = "Bridge");
        builder.Host.UseSystemd();

        var environment = new BridgeEnvironment(command.ConfigDirectory);
        builder.Services.AddSingleton(environment);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddBridgeLogging(builder.Configuration, environment);
        builder.Services.AddConfigReload(reader, accepted, watchConfiguration);
        builder.Services.AddBridgeMode(builder.Configuration);
        builder.Services.AddTelemetry(builder.Configuration);
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddConnectWise(builder.Configuration);
        builder.Services.AddRouting(builder.Configuration);
        builder.Services.AddNotifications(builder.Configuration);
        builder.Services.AddIngest(builder.Configuration);
        builder.Services.AddOnCall(builder.Configuration);
        builder.Services.AddAccess(builder.Configuration, environment);
        builder.Services.AddAudit(builder.Configuration);
        builder.Services.AddEscalation(builder.Configuration);
        builder.Services.AddStatusPage(builder.Configuration);
        builder.Services.AddWriteBack(builder.Configuration);
        builder.Services.AddWatch(builder.Configuration);
        builder.Services.AddReporting(builder.Configuration);
        configureServices?.Invoke(builder.Services);
        BackgroundModules.UseEngineLease(builder.Services, builder.Configuration);

        var app = builder.Build();
        app.UseBridgeResponseCompression();
        app.UseAccess();
        app.MapAccessEndpoints();
        app.MapAuditEndpoints();
        app.MapHealthEndpoints();
        app.MapConfigEndpoints();
        app.MapNotificationEndpoints();
        app.MapIngestEndpoints();
        app.MapOnCallEndpoints();
        app.MapOnCallFeedEndpoints();
        app.MapEscalationEndpoints();
        app.MapReviewEndpoints();
        app.MapStatusPageEndpoints();
        app.MapWriteBackEndpoints();
        app.MapEngineEndpoints();
        app.MapTelemetryEndpoints();
        app.MapReportEndpoints();
        return app;
    }
}

using Bridge.Connectors.Notifications;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Bridge.Worker.Storage;
using Bridge.Worker.Telemetry;

namespace Bridge.Worker.Escalation.Delivery;

internal static class NotificationRegistration
{
    /// <summary>
    /// The channels (section <c>Channels</c>, validated; an email pickup directory resolved from the configuration directory), templates, the delivery log, the dispatcher the
    /// escalation engine calls, a stand-in acknowledgement service, and the <c>channels</c> readiness check.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<ChannelsOptions, ChannelsOptionsValidator>(configuration, ChannelsOptions.SectionName);
        // Relative paths in config start at the configuration directory, like the state file's.
        services.AddOptions<ChannelsOptions>().PostConfigure<BridgeEnvironment>((channels, environment) =>
        {
            if (channels.Email is { PickupDirectory: { Length: > 0 } pickup } email)
            {
                email.PickupDirectory = environment.ResolvePath(pickup);
            }
        });
        services.AddBridgeOptions<NotificationOptions, NotificationOptionsValidator>(configuration, NotificationOptions.SectionName);
        services.AddNotificationChannels();
        services.AddStore<DeliveryLogRepository>();
        services.AddStore<Bridge.Worker.Escalation.Timeline.IncidentTimeline>();
        services.AddSingleton<MessageComposer>();
        services.AddSingleton<ChannelHealth>();
        services.AddBridgeMetrics();
        services.AddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<IAcknowledgementService, DeliveryLogAcknowledgementService>();
        services.AddHealthChecks().AddCheck<ChannelHealthCheck>("channels", tags: ["ready"]);
        return services;
    }

    /// <summary><c>POST /sms/inbound</c> (replies) and <c>POST /sms/status</c> (delivery receipts), both signature-checked.</summary>
    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var sms = endpoints.MapGroup("/sms").DisableAntiforgery();
        sms.MapPost("/inbound", SmsEndpoints.InboundAsync).Public("the SMS gateway's request signature");
        sms.MapPost("/status", SmsEndpoints.StatusAsync).Public("the SMS gateway's request signature");
        return endpoints;
    }
}

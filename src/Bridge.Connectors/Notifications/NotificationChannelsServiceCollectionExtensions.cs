using Bridge.Connectors.Notifications.Email;
using Bridge.Connectors.Notifications.Http;
using Bridge.Connectors.Notifications.Slack;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Connectors.Notifications.Teams;
using Bridge.Connectors.Notifications.Webhook;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Bridge.Connectors.Notifications;

/// <summary>Registers the notification channels, each with its one resilience pipeline.</summary>
public static class NotificationChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every <see cref="INotificationChannel"/> (email, SMS, Teams, Slack, webhook; each reports
    /// <see cref="INotificationChannel.IsConfigured"/> from its section), their HTTP clients and pipelines
    /// (SMS: timeout only; chat and webhook: retry when certainly not processed, then timeout; email: timeout),
    /// the options validator with <c>ValidateOnStart</c>, and <see cref="TimeProvider.System"/> unless a clock is
    /// registered. The caller binds <see cref="ChannelsOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddNotificationChannels(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ChannelsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelsOptions>, ChannelsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        AddHttpClient(services, SmsChannel.HttpClientName, (pipeline, sp, o) =>
            ChannelHttpPipeline.ConfigureNoRetry(pipeline, o.Sms?.Timeout ?? TimeSpan.FromSeconds(15), sp.GetRequiredService<TimeProvider>()));
        AddHttpClient(services, TeamsChannel.ClientName, (pipeline, sp, o) => SafeRetry(
            pipeline, sp, ChannelKinds.Teams, o.Teams?.Timeout, o.Teams?.MaxRetryAttempts, o.Teams?.MaxRetryAfter));
        AddHttpClient(services, SlackChannel.ClientName, (pipeline, sp, o) => SafeRetry(
            pipeline, sp, ChannelKinds.Slack, o.Slack?.Timeout, o.Slack?.MaxRetryAttempts, o.Slack?.MaxRetryAfter));
        AddHttpClient(services, WebhookChannel.HttpClientName, (pipeline, sp, o) => SafeRetry(
            pipeline, sp, ChannelKinds.Webhook, o.Webhook?.Timeout, o.Webhook?.MaxRetryAttempts, o.Webhook?.MaxRetryAfter));

        services.AddResiliencePipeline(EmailChannel.PipelineName, (pipeline, context) =>
        {
            var sp = context.ServiceProvider;
            pipeline.TimeProvider = sp.GetRequiredService<TimeProvider>();
            var timeout = sp.GetRequiredService<IOptionsMonitor<ChannelsOptions>>().CurrentValue.Email?.Timeout ?? TimeSpan.FromSeconds(30);
            pipeline.AddTimeout(new TimeoutStrategyOptions { Name = "submission", Timeout = timeout });
        });

        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, EmailChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, SmsChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, TeamsChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, SlackChannel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<INotificationChannel, WebhookChannel>());
        return services;
    }

    private static void AddHttpClient(
        IServiceCollection services,
        string name,
        Action<ResiliencePipelineBuilder<HttpResponseMessage>, IServiceProvider, ChannelsOptions> configure)
    {
        services.AddHttpClient(name)
            // The pipeline's timeout governs; no redirects (a webhook must not bounce a page to another host);
            // no built-in request logging (chat webhook URLs carry their credential in the path).
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
            .RemoveAllLoggers()
            .AddResilienceHandler(name, (pipeline, context) => configure(
                pipeline,
                context.ServiceProvider,
                context.ServiceProvider.GetRequiredService<IOptionsMonitor<ChannelsOptions>>().CurrentValue));
    }

    private static void SafeRetry(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider sp, string kind, TimeSpan? timeout, int? retries, TimeSpan? maxRetryAfter) =>
        ChannelHttpPipeline.ConfigureSafeRetry(
            pipeline,
            kind,
            timeout ?? TimeSpan.FromSeconds(10),
            retries ?? 2,
            maxRetryAfter ?? TimeSpan.FromSeconds(5),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(NotificationChannelLog.CategoryName),
            sp.GetRequiredService<TimeProvider>());
}

using Bridge.Connectors.ConnectWise.Callbacks;
using Bridge.Connectors.ConnectWise.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace Bridge.Connectors.ConnectWise;

/// <summary>Registers the ConnectWise client, its pager and the callback verification services.</summary>
public static class ConnectWiseServiceCollectionExtensions
{
    /// <summary>Name of the HTTP client behind <see cref="IConnectWiseApi"/> (authenticated, resilient).</summary>
    public const string HttpClientName = "ConnectWise";

    /// <summary>Name of the plain HTTP client that fetches callback signing keys (no credentials, no redirects).</summary>
    public const string SigningKeyHttpClientName = "ConnectWise.CallbackKeys";

    /// <summary>
    /// Registers <see cref="IConnectWiseApi"/> (Refit, base address from <see cref="ConnectWiseOptions.BaseUrl"/>,
    /// the auth handler and one resilience pipeline), <see cref="ConnectWisePager"/>,
    /// <see cref="CallbackSigningKeyProvider"/>, <see cref="ConnectWiseCallbackVerifier"/>, <see cref="ConnectWiseMetrics"/>
    /// (counted per attempt, inside the pipeline), the options validator
    /// with <c>ValidateOnStart</c>, and <see cref="TimeProvider.System"/> unless a clock is already registered.
    /// The caller binds <see cref="ConnectWiseOptions"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The builder of the ConnectWise HTTP client, for further configuration.</returns>
    public static IHttpClientBuilder AddConnectWiseClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<ConnectWiseOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectWiseOptions>, ConnectWiseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<ConnectWiseAuthHandler>();
        services.AddMetrics();
        services.TryAddSingleton<ConnectWiseMetrics>();
        services.TryAddTransient<ConnectWiseMetricsHandler>();
        services.TryAddSingleton<ConnectWisePager>();

        var builder = services
            .AddRefitGeneratedClient<IConnectWiseApi>(CreateRefitSettings, HttpClientName)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = new Uri(sp.GetRequiredService<IOptionsMonitor<ConnectWiseOptions>>().CurrentValue.BaseUrl);
                // The resilience pipeline's total timeout governs; HttpClient's own 100 s would cut it short.
                client.Timeout = Timeout.InfiniteTimeSpan;
            });

        builder.AddResilienceHandler(ConnectWiseResiliencePipeline.Name, (pipeline, context) =>
        {
            var sp = context.ServiceProvider;
            context.EnableReloads<ConnectWiseOptions>();
            ConnectWiseResiliencePipeline.Configure(
                pipeline,
                context.GetOptions<ConnectWiseOptions>().Resilience,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger(ConnectWiseLog.CategoryName),
                sp.GetRequiredService<TimeProvider>());
        });

        // Inside the pipeline: every attempt gets fresh headers from the current options.
        builder.AddHttpMessageHandler<ConnectWiseAuthHandler>();
        builder.AddHttpMessageHandler<ConnectWiseMetricsHandler>();
        builder.RedactLoggedHeaders(["Authorization", ConnectWiseRequestHeaders.ClientIdHeader]);

        services.AddHttpClient(SigningKeyHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.TryAddSingleton<CallbackSigningKeyProvider>();
        services.TryAddSingleton<ConnectWiseCallbackVerifier>();

        return builder;
    }

    /// <summary>
    /// Binds <see cref="ConnectWiseOptions"/> to <paramref name="section"/> (e.g.
    /// <c>configuration.GetSection(ConnectWiseOptions.SectionName)</c>) and registers the client.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="section">The configuration section holding the ConnectWise keys.</param>
    /// <returns>The builder of the ConnectWise HTTP client.</returns>
    public static IHttpClientBuilder AddConnectWiseClient(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<ConnectWiseOptions>().Bind(section);
        return services.AddConnectWiseClient();
    }

    private static RefitSettings CreateRefitSettings(IServiceProvider sp)
    {
        var time = sp.GetRequiredService<TimeProvider>();
        return new RefitSettings(new SystemTextJsonContentSerializer(ConnectWiseJson.Options))
        {
            ExceptionFactory = async response =>
            {
                if (response.IsSuccessStatusCode)
                {
                    return null;
                }

                var error = await ConnectWiseErrorMapper.FromResponseAsync(response, time).ConfigureAwait(false);
                // Refit drops a non-Refit exception for IApiResponse<T> calls; keep it on the request so
                // EnsureConnectWiseSuccessAsync can throw the same, fully read error.
                response.RequestMessage?.Options.Set(ConnectWiseApiResponseExtensions.ErrorKey, error);
                return error;
            },
            DeserializationExceptionFactory = (response, exception) => ValueTask.FromResult<Exception?>(
                ConnectWiseErrorMapper.NotJson(response.StatusCode, response.RequestMessage?.Method.Method ?? "?", response.RequestMessage?.RequestUri, exception)),
            TransportExceptionFactory = ConnectWiseTransportErrors.Translate,
        };
    }
}

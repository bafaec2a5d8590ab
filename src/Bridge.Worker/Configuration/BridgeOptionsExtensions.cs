using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Configuration;

internal static class BridgeOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validates it with
    /// <typeparamref name="TValidator"/> at start, and records the pair for config reports.
    /// </summary>
    public static OptionsBuilder<TOptions> AddBridgeOptions<TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.AddSingleton(new BridgeOptionsRegistration(
            typeof(TOptions), section, sp => sp.GetRequiredService<IOptions<TOptions>>().Value));
        return services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateOnStart();
    }

    /// <summary>Every problem in every registered options class, one line each.</summary>
    public static IReadOnlyList<string> ConfigurationProblems(this IServiceProvider services) =>
        services.GetServices<BridgeOptionsRegistration>()
            .SelectMany(r => r.Problems(services))
            .ToList();
}

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Kernel;

internal static class BridgeOptionsExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validates it with
    /// <typeparamref name="TValidator"/> at start, and records the pair for config reports. A reload checks
    /// the section with the same validators before any of the new configuration goes live, so
    /// <see cref="IOptionsMonitor{TOptions}"/> only ever hands out valid values; <see cref="IOptions{TOptions}"/>
    /// keeps the values of the start.
    /// </summary>
    public static OptionsBuilder<TOptions> AddBridgeOptions<TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.AddSingleton(new BridgeOptionsRegistration(
            typeof(TOptions),
            section,
            sp => sp.GetRequiredService<IOptions<TOptions>>().Value,
            (sp, candidate) => new OptionsFactory<TOptions>(
                [new ConfigureNamedOptions<TOptions>(Options.DefaultName, options => candidate.GetSection(section).Bind(options))],
                [],
                sp.GetServices<IValidateOptions<TOptions>>()).Create(Options.DefaultName)));
        return services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateOnStart();
    }

    /// <summary>
    /// A model compiled from options registered with <see cref="AddBridgeOptions{TOptions, TValidator}"/>, kept
    /// in step with reloads: inject <see cref="ConfiguredModel{TModel}"/> and read <c>Current</c> per decision.
    /// <paramref name="compile"/> is only given options that passed validation.
    /// </summary>
    public static IServiceCollection AddConfiguredModel<TOptions, TModel>(this IServiceCollection services, Func<TOptions, TModel> compile)
        where TOptions : class
        where TModel : class =>
        services.AddSingleton(sp => ConfiguredModel<TModel>.CompiledFrom(sp.GetRequiredService<IOptionsMonitor<TOptions>>(), compile));

    /// <summary>
    /// Keys (or whole sections) that are read once at start: a reload leaves them as they were and says they
    /// take effect at the next restart, instead of half-applying them.
    /// </summary>
    public static IServiceCollection AddReadAtStart(this IServiceCollection services, params string[] keys)
    {
        foreach (var key in keys)
        {
            services.AddSingleton(new ReadAtStartKey(key));
        }

        return services;
    }

    /// <summary>Every problem in every registered options class, one line each.</summary>
    public static IReadOnlyList<string> ConfigurationProblems(this IServiceProvider services) =>
        services.GetServices<BridgeOptionsRegistration>()
            .SelectMany(r => r.Problems(services))
            .ToList();
}

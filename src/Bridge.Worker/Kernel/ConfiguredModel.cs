using Microsoft.Extensions.Options;

namespace Bridge.Worker.Kernel;

/// <summary>
/// A model compiled from the options in force (the on-call model, the routing policy), compiled again
/// the first time it is asked for after a reload changed those options. Read <see cref="Current"/> for
/// each decision and do not keep it: a reload replaces it. Register with
/// <see cref="BridgeOptionsExtensions.AddConfiguredModel{TOptions, TModel}"/>.
/// </summary>
internal sealed class ConfiguredModel<TModel>(Func<TModel> current) where TModel : class
{
    public TModel Current => current();

    /// <summary>A model that never changes (the CLI's one-off views, tests).</summary>
    public static ConfiguredModel<TModel> Fixed(TModel model) => new(() => model);

    /// <summary>
    /// Compiles from <paramref name="options"/>' current value, once per value: the monitor hands out the
    /// same instance until the next reload, and only validated values ever reach it.
    /// </summary>
    public static ConfiguredModel<TModel> CompiledFrom<TOptions>(IOptionsMonitor<TOptions> options, Func<TOptions, TModel> compile)
        where TOptions : class
    {
        Compiled<TOptions>? last = null;
        return new(() =>
        {
            var value = options.CurrentValue;
            var seen = Volatile.Read(ref last);
            if (seen is null || !ReferenceEquals(seen.Options, value))
            {
                // Two callers racing here both compile the same options; either result is right.
                seen = new Compiled<TOptions>(value, compile(value));
                Volatile.Write(ref last, seen);
            }

            return seen.Model;
        });
    }

    private sealed record Compiled<TOptions>(TOptions Options, TModel Model);
}

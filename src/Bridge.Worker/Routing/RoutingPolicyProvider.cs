using Bridge.Worker.Kernel;
using Bridge.Worker.Routing.Rules;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Routing;

/// <summary>
/// The compiled routing policy in force. Options are validated at start and before a reload applies, so
/// compiling cannot fail here; an edit of the configuration applies to the next decision.
/// </summary>
internal sealed class RoutingPolicyProvider(IOptionsMonitor<RoutingOptions> options)
{
    private readonly ConfiguredModel<RoutingPolicy> _policy = ConfiguredModel<RoutingPolicy>.CompiledFrom(options, Compile);

    /// <summary>Read once per decision: a reload replaces it.</summary>
    public RoutingPolicy Policy => _policy.Current;

    private static RoutingPolicy Compile(RoutingOptions options)
    {
        var (policy, problems) = RoutingPolicyCompiler.Compile(options);
        return policy ?? throw new OptionsValidationException(RoutingOptions.SectionName, typeof(RoutingOptions), problems);
    }
}

using Bridge.Worker.Routing.Rules;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Routing;

/// <summary>The compiled routing policy of the running configuration (validated at start, so compiling cannot fail here).</summary>
internal sealed class RoutingPolicyProvider(IOptions<RoutingOptions> options)
{
    private readonly Lazy<RoutingPolicy> _policy = new(() =>
    {
        var (policy, problems) = RoutingPolicyCompiler.Compile(options.Value);
        return policy ?? throw new OptionsValidationException(RoutingOptions.SectionName, typeof(RoutingOptions), problems);
    });

    public RoutingPolicy Policy => _policy.Value;
}

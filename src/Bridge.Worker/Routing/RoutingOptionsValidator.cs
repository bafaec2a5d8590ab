using Bridge.Worker.Routing.Rules;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Routing;

/// <summary>
/// Compiles the routing options exactly as the router will and reports every problem, one line each,
/// starting with its key (<c>Routing:Clients:3:TimeZone: …</c>).
/// </summary>
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var (_, problems) = RoutingPolicyCompiler.Compile(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

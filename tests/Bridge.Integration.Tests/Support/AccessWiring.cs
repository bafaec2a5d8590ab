using Bridge.Worker.Access.Audit;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// What a test host needs of Access until <c>BridgeApplication</c> wires it (then only the parts it does not wire stay):
/// the audit trail (<c>AddAudit</c>, bound to the host's configuration), role policies that let every caller through
/// (sign-in is not wired yet, so tests call admin endpoints without credentials), and the audit and secret-feed endpoints
/// the host does not map yet.
/// </summary>
internal static class AccessWiring
{
    public static void AddTo(IServiceCollection services)
    {
        // The host's own configuration (the builder registers it as a factory that ignores the provider).
        var registered = services.Last(d => d.ServiceType == typeof(IConfiguration));
        using var empty = new ServiceCollection().BuildServiceProvider();
        var configuration = registered.ImplementationInstance as IConfiguration ?? registered.ImplementationFactory?.Invoke(empty) as IConfiguration
            ?? throw new InvalidOperationException("The host's configuration is not registered; AccessWiring cannot bind the Access options.");
        services.AddAudit(configuration);
        services.AddAuthorization(options =>
        {
            foreach (var role in Enum.GetValues<AccessRole>())
            {
                options.AddPolicy(AccessRoles.PolicyFor(role), policy => policy.RequireAssertion(_ => true));
            }
        });
        services.AddSingleton<IStartupFilter, MapAccessEndpoints>();
    }

    /// <summary>A branch in front of the host's pipeline that serves <c>/audit</c>, <c>/audit.json</c> and <c>/oncall/feeds…</c>.</summary>
    private sealed class MapAccessEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(
                context => context.Request.Path.StartsWithSegments("/audit") || context.Request.Path.StartsWithSegments("/audit.json")
                    || context.Request.Path.StartsWithSegments("/oncall/feeds"),
                branch =>
                {
                    branch.UseRouting();
                    branch.UseAuthorization();
                    branch.UseEndpoints(endpoints =>
                    {
                        endpoints.MapAuditEndpoints();
                        endpoints.MapOnCallFeedEndpoints();
                    });
                });
            next(app);
        };
    }
}

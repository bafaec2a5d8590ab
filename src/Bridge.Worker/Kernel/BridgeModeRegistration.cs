
namespace Bridge.Worker.Kernel;

internal static class BridgeModeRegistration
{
    /// <summary><c>Bridge:Mode</c> (live or shadow), read by every stage that writes or sends.</summary>
    public static IServiceCollection AddBridgeMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBridgeOptions<BridgeModeOptions, BridgeModeOptionsValidator>(configuration, BridgeModeOptions.SectionName);
        return services;
    }
}

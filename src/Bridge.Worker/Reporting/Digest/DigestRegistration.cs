namespace Bridge.Worker.Reporting.Digest;

internal static class DigestRegistration
{
    /// <summary>The morning digest module (a hosted service that runs on the lease holder).</summary>
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        services.AddSingleton<MorningDigest>();
        services.AddHostedService(sp => sp.GetRequiredService<MorningDigest>());
        return services;
    }
}

namespace Bridge.Worker.Reporting.Digest;

internal static class DigestRegistration
{
    public static IServiceCollection AddDigest(this IServiceCollection services)
    {
        return services;
    }
}

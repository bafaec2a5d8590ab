namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The rules of <c>Reporting:ServiceDesk</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class ServiceDeskOptionsValidator
{
    public static IEnumerable<string> Failures(ServiceDeskOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}

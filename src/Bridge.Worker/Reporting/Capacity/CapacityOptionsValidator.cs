namespace Bridge.Worker.Reporting.Capacity;

/// <summary>The rules of <c>Reporting:Capacity</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class CapacityOptionsValidator
{
    public static IEnumerable<string> Failures(CapacityOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [];
    }
}

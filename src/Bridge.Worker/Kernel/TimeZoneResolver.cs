using NodaTime;
using NodaTime.TimeZones;

namespace Bridge.Worker.Kernel;

/// <summary>Finds a zone by IANA id ("America/New_York") or Windows id ("Eastern Standard Time").</summary>
internal static class TimeZoneResolver
{
    public static DateTimeZone? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
        if (zone is not null)
        {
            return zone;
        }

        return TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(id.Trim(), out var iana)
            ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana)
            : null;
    }
}

using System.Globalization;
using Bridge.Worker.Kernel;
using NodaTime;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// "Now" for one rendering of the page and the MSP's zone (<c>Routing:TimeZone</c>): instants are shown as the
/// MSP's wall clock, short when near (02:14, Mon 17:00, 24 Nov 17:00), next to how far they are from now.
/// </summary>
internal sealed class StatusClock(DateTimeOffset now, DateTimeZone zone)
{
    public DateTimeOffset Now { get; } = now;

    public DateTimeZone Zone { get; } = zone;

    public ZonedDateTime Local(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(Zone);

    /// <summary>The zone's abbreviation now (EST, EDT, CET…), or its id when tzdb has none.</summary>
    public string ZoneAbbreviation
    {
        get
        {
            var name = Zone.GetZoneInterval(Instant.FromDateTimeOffset(Now)).Name;
            return string.IsNullOrEmpty(name) || name.StartsWith('+') || name.StartsWith('-') ? Zone.Id : name;
        }
    }

    /// <summary>02:14 today, Mon 17:00 within a week either side, otherwise 24 Nov 17:00 (2027 when another year).</summary>
    public string Short(DateTimeOffset at)
    {
        var local = Local(at).LocalDateTime;
        var today = Local(Now).Date;
        var days = Math.Abs(Period.Between(today, local.Date, PeriodUnits.Days).Days);
        var pattern = local.Date == today ? "HH:mm"
            : days < 7 ? "ddd HH:mm"
            : local.Year == today.Year ? "d MMM HH:mm"
            : "d MMM yyyy HH:mm";
        return local.ToString(pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>Tue 24 Nov 2026 02:14:07 EST, for a tooltip.</summary>
    public string Full(DateTimeOffset at)
    {
        var local = Local(at);
        return local.ToString("ddd d MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " " + local.GetZoneInterval().Name;
    }

    public string Relative(DateTimeOffset at) => RelativeTime.Describe(at, Now);

    /// <summary><c>&lt;time&gt;02:14&lt;/time&gt; &lt;span&gt;12 min ago&lt;/span&gt;</c>: the absolute time with how far it is.</summary>
    public HtmlFragment When(DateTimeOffset at) => HtmlWriter.Build(html => html.Append(
        $"<time datetime=\"{at.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'}\" title=\"{Full(at)}\">{Short(at)}</time> <span class=\"rel\">{Relative(at)}</span>"));
}

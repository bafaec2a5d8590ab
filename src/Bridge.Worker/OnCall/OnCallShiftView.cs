namespace Bridge.Worker.OnCall;

/// <summary>A shift as the HTTP API shows it: times in the schedule's zone, no contact details.</summary>
internal sealed record OnCallShiftView(string Schedule, string Member, string Name, DateTimeOffset Start, DateTimeOffset End, double Hours, string Source, string Uid)
{
    public static OnCallShiftView From(OnCallShift shift, OnCallResolver resolver)
    {
        var zone = resolver.ZoneOf(shift.Schedule);
        return new(
            shift.Schedule,
            shift.Member,
            resolver.FindPerson(shift.Member)?.Name ?? shift.Member,
            InZone(shift.Start, zone),
            InZone(shift.End, zone),
            shift.Duration.TotalHours,
            shift.Source.ToString(),
            shift.Uid);
    }

    internal static DateTimeOffset InZone(DateTimeOffset instant, NodaTime.DateTimeZone zone) =>
        NodaTime.Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset();
}

using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>
/// One layer of a schedule: <see cref="Members"/> take turns of <see cref="Length"/>, the first turn
/// starting at <see cref="Anchor"/> (local time in <see cref="Zone"/>); active only inside its
/// restrictions when it has any. Shift k starts at Anchor + k steps on the wall clock.
/// </summary>
internal sealed record RotationLayer(
    string Name,
    IReadOnlyList<string> Members,
    ShiftLength Length,
    LocalDateTime Anchor,
    IReadOnlyList<Restriction> Restrictions,
    DateTimeZone Zone)
{
    public Instant ShiftStart(long shift) => WallClock.ToInstant(Length.Step(Anchor, shift), Zone);

    public string MemberFor(long shift)
    {
        var index = (int)(((shift % Members.Count) + Members.Count) % Members.Count);
        return Members[index];
    }

    /// <summary>The shift that contains <paramref name="instant"/>; before the anchor the rotation runs backwards.</summary>
    public long ShiftAt(Instant instant)
    {
        var local = instant.InZone(Zone).LocalDateTime;
        var elapsed = local.ToDateTimeUnspecified() - Anchor.ToDateTimeUnspecified();
        var shift = (long)Math.Floor(elapsed.TotalHours / Length.Hours);
        while (ShiftStart(shift) > instant)
        {
            shift--;
        }

        while (ShiftStart(shift + 1) <= instant)
        {
            shift++;
        }

        return shift;
    }

    public bool IsActive(Instant instant) =>
        Restrictions.Count == 0 || Restrictions.Any(r => r.Contains(instant, Zone));

    /// <summary>Handoffs and restriction edges strictly inside (from, to): the only instants this layer's answer can change.</summary>
    public IEnumerable<Instant> Boundaries(Instant from, Instant to)
    {
        var last = ShiftAt(to);
        for (var shift = ShiftAt(from) + 1; shift <= last; shift++)
        {
            yield return ShiftStart(shift);
        }

        var firstDate = from.InZone(Zone).Date.PlusDays(-1);
        var lastDate = to.InZone(Zone).Date;
        foreach (var restriction in Restrictions)
        {
            foreach (var edge in restriction.Edges(firstDate, lastDate, Zone))
            {
                if (edge > from && edge < to)
                {
                    yield return edge;
                }
            }
        }
    }
}

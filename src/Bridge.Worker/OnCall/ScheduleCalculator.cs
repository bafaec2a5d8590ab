using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Who is on call for one schedule, from its layers and overrides: pure, no clock, no storage.
/// The answer can only change at a handoff, a restriction edge or an override edge, so a timeline
/// is built by asking "who at t" at each such boundary and joining equal neighbours.
/// </summary>
internal sealed class ScheduleCalculator
{
    private readonly Schedule _schedule;
    private readonly IReadOnlyList<OnCallOverride> _overrides;
    private readonly Duration _reach;

    /// <param name="overrides">Config and stored overrides, oldest first; a later one wins where they meet.</param>
    public ScheduleCalculator(Schedule schedule, IReadOnlyList<OnCallOverride> overrides)
    {
        _schedule = schedule;
        _overrides = overrides;
        // No single shift is longer than the longest step (plus the DST hour) or the longest override,
        // so looking this far either side of a window finds the true start and end of every shift in it.
        var longestStep = schedule.Layers.Select(l => l.Length.Nominal).DefaultIfEmpty(Duration.FromDays(1)).Max();
        var longestOverride = overrides.Select(o => Duration.FromTimeSpan(o.To - o.From)).DefaultIfEmpty(Duration.Zero).Max();
        _reach = Duration.Max(longestStep, longestOverride) + Duration.FromDays(1);
    }

    public string Name => _schedule.Name;

    public DateTimeZone Zone => _schedule.Zone;

    /// <summary>The answer at one instant, ignoring how long it lasts.</summary>
    public (string? Member, OnCallSource Source) Resolve(Instant at)
    {
        string? member = null;
        var source = OnCallSource.Nobody;
        for (var i = _schedule.Layers.Count - 1; i >= 0; i--)
        {
            var layer = _schedule.Layers[i];
            if (layer.IsActive(at))
            {
                var shift = layer.ShiftAt(at);
                member = layer.MemberFor(shift);
                source = OnCallSource.FromLayer(layer.Name, shift);
                break;
            }
        }

        var atOffset = at.ToDateTimeOffset();
        foreach (var entry in _overrides)
        {
            if (entry.From <= atOffset && atOffset < entry.To
                && (entry.For is null || string.Equals(entry.For, member, StringComparison.OrdinalIgnoreCase)))
            {
                source = OnCallSource.FromOverride(entry.Id, member);
                member = entry.IsNobody ? null : entry.Person;
            }
        }

        return (member, source);
    }

    /// <summary>The timeline of [from, to), cut at the window's edges, gaps included.</summary>
    public IReadOnlyList<OnCallSegment> Timeline(Instant from, Instant to)
    {
        var segments = new List<OnCallSegment>();
        if (to <= from)
        {
            return segments;
        }

        var cuts = new SortedSet<Instant> { from, to };
        foreach (var layer in _schedule.Layers)
        {
            cuts.UnionWith(layer.Boundaries(from, to));
        }

        foreach (var entry in _overrides)
        {
            foreach (var edge in new[] { Instant.FromDateTimeOffset(entry.From), Instant.FromDateTimeOffset(entry.To) })
            {
                if (edge > from && edge < to)
                {
                    cuts.Add(edge);
                }
            }
        }

        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (member, source) = Resolve(points[i]);
            if (segments.Count > 0 && segments[^1] is { } last
                && string.Equals(last.Member, member, StringComparison.OrdinalIgnoreCase) && last.Source.Key == source.Key)
            {
                segments[^1] = last with { End = points[i + 1] };
            }
            else
            {
                segments.Add(new OnCallSegment(points[i], points[i + 1], member, source));
            }
        }

        return segments;
    }

    /// <summary>Every shift that overlaps [from, to), with its true start and end (not cut at the window).</summary>
    public IReadOnlyList<OnCallShift> ShiftsOverlapping(DateTimeOffset from, DateTimeOffset to)
    {
        var start = Instant.FromDateTimeOffset(from);
        var end = Instant.FromDateTimeOffset(to);
        return Timeline(start - _reach, end + _reach)
            .Where(s => s.Member is not null && s.End > start && s.Start < end)
            .Select(ToShift)
            .ToList();
    }

    /// <summary>The shift under way at <paramref name="from"/> (if any) and the ones after it.</summary>
    public IReadOnlyList<OnCallShift> NextShifts(DateTimeOffset from, int count)
    {
        IReadOnlyList<OnCallShift> shifts = [];
        for (var days = 14; days <= 800 && shifts.Count < count; days *= 2)
        {
            shifts = ShiftsOverlapping(from, from.AddDays(days));
        }

        return shifts.Take(count).ToList();
    }

    public OnCallAnswer At(DateTimeOffset at, Func<string, Person?> person)
    {
        var instant = Instant.FromDateTimeOffset(at);
        var segment = Timeline(instant - _reach, instant + _reach).First(s => s.Start <= instant && instant < s.End);
        return new OnCallAnswer(
            Name,
            at,
            segment.Member is null ? null : person(segment.Member),
            segment.Source,
            segment.Start.ToDateTimeOffset(),
            segment.End.ToDateTimeOffset());
    }

    /// <summary>Stretches inside the schedule's coverage with nobody on call.</summary>
    public IReadOnlyList<OnCallGap> Gaps(DateTimeOffset from, DateTimeOffset to)
    {
        var gaps = new List<OnCallGap>();
        var firstDate = Instant.FromDateTimeOffset(from).InZone(Zone).Date.PlusDays(-1);
        var lastDate = Instant.FromDateTimeOffset(to).InZone(Zone).Date;
        var coverageEdges = _schedule.Coverage.SelectMany(c => c.Edges(firstDate, lastDate, Zone)).ToList();
        foreach (var empty in Timeline(Instant.FromDateTimeOffset(from), Instant.FromDateTimeOffset(to)).Where(s => s.Member is null))
        {
            var cuts = new SortedSet<Instant>(coverageEdges.Where(e => e > empty.Start && e < empty.End)) { empty.Start, empty.End };
            var points = cuts.ToList();
            for (var i = 0; i < points.Count - 1; i++)
            {
                if (!_schedule.MustBeCovered(points[i]))
                {
                    continue;
                }

                var (start, end) = (points[i].ToDateTimeOffset(), points[i + 1].ToDateTimeOffset());
                if (gaps.Count > 0 && gaps[^1].End == start)
                {
                    gaps[^1] = gaps[^1] with { End = end };
                }
                else
                {
                    gaps.Add(new OnCallGap(Name, start, end));
                }
            }
        }

        return gaps;
    }

    /// <summary>Real elapsed on-call time per person inside [from, to).</summary>
    public OnCallLoad Load(DateTimeOffset from, DateTimeOffset to)
    {
        var perPerson = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);
        var uncovered = TimeSpan.Zero;
        foreach (var segment in Timeline(Instant.FromDateTimeOffset(from), Instant.FromDateTimeOffset(to)))
        {
            var length = (segment.End - segment.Start).ToTimeSpan();
            if (segment.Member is null)
            {
                uncovered += length;
            }
            else
            {
                perPerson[segment.Member] = perPerson.GetValueOrDefault(segment.Member) + length;
            }
        }

        var covered = perPerson.Values.Aggregate(TimeSpan.Zero, (sum, hours) => sum + hours);
        return new OnCallLoad(Name, from, to, perPerson, covered, uncovered);
    }

    private OnCallShift ToShift(OnCallSegment segment) =>
        new(Name, segment.Member!, segment.Start.ToDateTimeOffset(), segment.End.ToDateTimeOffset(), segment.Source);
}

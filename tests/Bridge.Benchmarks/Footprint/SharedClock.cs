using System.Globalization;
using Bridge.Worker.Demo;

namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// One <see cref="DemoClock"/> in two processes: the benchmark's (sandbox, driver) starts at <see cref="Start"/> at
/// the real instant <see cref="RealAnchor"/>; the bridge's, made later in its own process, starts where the first
/// one is by then, so both show the same time within a few real milliseconds (× <see cref="Speed"/>).
/// </summary>
internal sealed record SharedClock(DateTimeOffset Start, DateTimeOffset RealAnchor, double Speed)
{
    public static (SharedClock Shared, DemoClock Clock) StartAt(DateTimeOffset start, double speed)
    {
        var anchor = DateTimeOffset.UtcNow;
        return (new SharedClock(start, anchor, speed), new DemoClock(start, speed));
    }

    /// <summary>The same clock, made now in this process.</summary>
    public DemoClock Join() => new(At(DateTimeOffset.UtcNow), Speed);

    /// <summary>What the clock showed at the real instant <paramref name="real"/>, in any process that joined it.</summary>
    public DateTimeOffset At(DateTimeOffset real) => Start + (real - RealAnchor) * Speed;

    /// <summary>A timeout the bridge reads as a demo duration, so that it lasts <paramref name="real"/> (capped at the option's maximum).</summary>
    public string Lasting(TimeSpan real, TimeSpan max)
    {
        var demo = real * Speed;
        return (demo < max ? demo : max).ToString("c", CultureInfo.InvariantCulture);
    }

    public IEnumerable<string> AsSwitches() =>
    [
        "--clock-start", Start.ToString("O", CultureInfo.InvariantCulture),
        "--clock-anchor", RealAnchor.ToString("O", CultureInfo.InvariantCulture),
        "--speed", Speed.ToString(CultureInfo.InvariantCulture),
    ];

    /// <summary>Reads what <see cref="AsSwitches"/> wrote; the other arguments are returned as they are.</summary>
    public static (SharedClock Clock, List<string> Others) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--clock-start" or "--clock-anchor" or "--speed" && i + 1 < args.Count)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        if (values.Count != 3)
        {
            throw new ArgumentException("Give --clock-start ISO --clock-anchor ISO --speed N.", nameof(args));
        }

        var clock = new SharedClock(
            DateTimeOffset.Parse(values["--clock-start"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            DateTimeOffset.Parse(values["--clock-anchor"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            double.Parse(values["--speed"], CultureInfo.InvariantCulture));
        return (clock, rest);
    }
}

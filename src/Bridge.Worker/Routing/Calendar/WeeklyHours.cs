using NodaTime;

namespace Bridge.Worker.Routing.Calendar;

/// <summary>Opening hours per weekday; a day with no ranges is closed.</summary>
internal sealed class WeeklyHours
{
    private readonly IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> _days;

    public WeeklyHours(IReadOnlyDictionary<IsoDayOfWeek, IReadOnlyList<TimeRange>> days)
    {
        _days = days.ToDictionary(d => d.Key, d => (IReadOnlyList<TimeRange>)d.Value.OrderBy(r => r.Start).ToList());
    }

    /// <summary>08:00–17:00 Monday to Friday, the seeds' default.</summary>
    public static WeeklyHours Standard { get; } = new(
        new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday }
            .ToDictionary(d => d, _ => (IReadOnlyList<TimeRange>)[new TimeRange(new LocalTime(8, 0), new LocalTime(17, 0), false)]));

    public bool IsEmpty => _days.Values.All(r => r.Count == 0);

    public IReadOnlyList<TimeRange> On(IsoDayOfWeek day) => _days.TryGetValue(day, out var ranges) ? ranges : [];

    /// <summary>"Mon 08:00-17:00, Tue 08:00-17:00, …" for reasons and explain output.</summary>
    public override string ToString()
    {
        var days = Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None && On(d).Count > 0)
            .Select(d => $"{d.ToString()[..3]} {string.Join(" ", On(d))}");
        var text = string.Join(", ", days);
        return text.Length == 0 ? "never open" : text;
    }
}

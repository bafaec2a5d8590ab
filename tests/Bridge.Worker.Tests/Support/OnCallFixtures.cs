using Bridge.Worker.OnCall;

namespace Bridge.Worker.Tests.Support;

/// <summary>Builds on-call configuration the way an admin writes it, compiled by the real compiler.</summary>
internal static class OnCallFixtures
{
    public const string NewYork = "America/New_York";

    public static PersonOptions Person(string member, string? name = null) => new()
    {
        Member = member,
        Name = name ?? member.ToUpperInvariant(),
        TimeZone = NewYork,
        Contacts = [new ContactMethodOptions { Kind = "Sms", Address = "+1-555-0100" }],
    };

    public static RestrictionOptions Window(string days, string from, string to) => new() { Days = [days], From = from, To = to };

    public static LayerOptions Weekly(string name, params string[] rotation) => new()
    {
        Name = name,
        Rotation = [.. rotation],
        Shift = "Weekly",
        Handoff = "Monday 08:00",
        Start = "2025-01-06",
    };

    /// <summary>Weeknights 17:00–08:00 and weekends (Saturday and Sunday 08:00 to the next 08:00).</summary>
    public static List<RestrictionOptions> AfterHours() =>
        [Window("Monday-Friday", "17:00", "08:00"), new RestrictionOptions { Days = ["Saturday", "Sunday"], From = "08:00", To = "08:00" }];

    public static OnCallOptions Options(params LayerOptions[] layers)
    {
        var members = layers.SelectMany(l => l.Rotation).Append("sub").Distinct().ToList();
        return new OnCallOptions
        {
            People = members.Select(m => Person(m)).ToList(),
            Schedules = [new ScheduleOptions { Name = "main", TimeZone = NewYork, Layers = [.. layers] }],
        };
    }

    public static OnCallModel Compile(OnCallOptions options)
    {
        var (model, problems) = OnCallModelCompiler.Compile(options);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return model;
    }

    public static ScheduleCalculator Calculator(OnCallOptions options, params OnCallOverride[] overrides)
    {
        var schedule = Compile(options).Schedules["main"];
        return new ScheduleCalculator(schedule, [.. schedule.Overrides, .. overrides]);
    }

    /// <summary>A wall-clock time in New York as an exact instant.</summary>
    public static DateTimeOffset Ny(int year, int month, int day, int hour, int minute = 0)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[NewYork];
        return new NodaTime.LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToDateTimeOffset();
    }

    public static OnCallOverride Override(string id, string person, string? forMember, DateTimeOffset from, DateTimeOffset to) =>
        new(id, "main", person, forMember, from, to, from.AddDays(-1));
}

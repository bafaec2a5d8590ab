using Bridge.Worker.Ingest;
using System.Globalization;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Routing.Calendar;
using Bridge.Worker.Routing.Rules;
using NodaTime;

namespace Bridge.Worker.Tests.Support;

/// <summary>Calendars, policies and tickets for routing tests.</summary>
internal static class RoutingFixtures
{
    public static DateTimeZone NewYork => DateTimeZoneProviders.Tzdb["America/New_York"];

    public static BusinessCalendar Calendar(string zone = "America/New_York", Dictionary<string, List<string>>? hours = null, params string[] holidayRules)
    {
        var problems = new List<string>();
        var calendar = new BusinessCalendar(
            TimeZoneResolver.Find(zone)!,
            CalendarCompiler.Hours(hours, "Routing:BusinessHours", problems) ?? WeeklyHours.Standard,
            CalendarCompiler.Holidays(holidayRules.Select(r => new HolidayOptions { Name = r, Rule = r }).ToList(), "Routing:Holidays", problems));
        Assert.Empty(problems);
        return calendar;
    }

    /// <summary>Open every day around the clock, to see DST nights at their true length.</summary>
    public static Dictionary<string, List<string>> AllDay() =>
        new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }.ToDictionary(d => d, _ => new List<string> { "00:00-24:00" });

    public static Instant Local(BusinessCalendar calendar, string local) =>
        calendar.Zone.AtStrictly(LocalDateTime.FromDateTime(DateTime.Parse(local, CultureInfo.InvariantCulture))).ToInstant();

    public static string LocalText(BusinessCalendar calendar, Instant instant) =>
        instant.InZone(calendar.Zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The three sandbox clients, the US holidays the shipped config lists, and the seed defaults.</summary>
    public static RoutingOptions Options(Action<RoutingOptions>? configure = null)
    {
        var options = new RoutingOptions
        {
            Holidays =
            [
                new HolidayOptions { Name = "New Year's Day", Rule = "01-01 observed" },
                new HolidayOptions { Name = "Independence Day", Rule = "07-04 observed" },
                new HolidayOptions { Name = "Thanksgiving", Rule = "fourth Thursday of November" },
                new HolidayOptions { Name = "Christmas Day", Rule = "12-25 observed" },
            ],
            Clients =
            [
                new RoutingClientOptions { Company = "NorthwindDental", Contract = "Included24x7" },
                new RoutingClientOptions { Company = "ContosoLaw", Contract = "AfterHoursBillable" },
                new RoutingClientOptions { Company = "FabrikamRetail", Contract = "BusinessHoursOnly" },
            ],
        };
        configure?.Invoke(options);
        return options;
    }

    public static RoutingPolicy Policy(Action<RoutingOptions>? configure = null)
    {
        var (policy, problems) = RoutingPolicyCompiler.Compile(Options(configure));
        Assert.Empty(problems);
        return policy!;
    }

    public static TicketSnapshot Ticket(string company = "ContosoLaw", int priority = 3, string summary = "Something is wrong") => new()
    {
        Id = 123,
        CompanyIdentifier = company,
        BoardName = "Service Desk",
        PriorityName = $"Priority {priority} - " + priority switch { 1 => "Emergency Response", 2 => "Quick Response", 3 => "Normal Response", _ => "Low" },
        Summary = summary,
        StatusName = "New",
    };

    public static DateTimeOffset At(string isoWithOffset) => DateTimeOffset.Parse(isoWithOffset, CultureInfo.InvariantCulture);

    /// <summary>A routing decision for ticket 42 at <paramref name="at"/>, as escalation receives it: P1, included billing, SLA from now.</summary>
    public static RoutingDecision Decision(
        DateTimeOffset at, Disposition disposition, string policy = "p1-unassigned", ContractKind contract = ContractKind.Included24x7, DateTimeOffset? responseDue = null) => new()
    {
        TicketId = 42,
        At = at,
        Disposition = disposition,
        Contract = contract,
        Billing = BillingClass.Included,
        Emergency = disposition == Disposition.PageNow,
        BusinessHours = disposition == Disposition.BusinessHours,
        PriorityLevel = "P1",
        EscalationPolicy = policy,
        Sla = new SlaDueTimes(at, responseDue, null, null),
        NextBusinessOpening = at.AddHours(6),
        Reasons = [new RoutingReason("rule", "Routing:Key", "why")],
    };
}

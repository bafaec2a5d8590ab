using Bridge.Worker.Routing.Calendar;

namespace Bridge.Worker.Routing.Rules;

/// <summary>Everything routing applies to one client: contract, calendar and emergency rules, with their config keys.</summary>
internal sealed record ClientProfile(
    string? Company,
    string ConfigKey,
    ClientContract Contract,
    BusinessCalendar Calendar,
    string ZoneKey,
    string HoursKey,
    EmergencyRuleSet Emergency);

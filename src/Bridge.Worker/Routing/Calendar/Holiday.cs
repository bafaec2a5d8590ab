namespace Bridge.Worker.Routing.Calendar;

/// <summary>A configured holiday: its name, the rule as written, and the key it was read from.</summary>
internal sealed record Holiday(string Name, string RuleText, string ConfigKey, IHolidayRule Rule);

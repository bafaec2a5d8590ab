namespace Bridge.Worker.Routing;

/// <summary>A holiday: a name and a rule such as "fourth Thursday of November" or "12-25 observed".</summary>
public sealed class HolidayOptions
{
    public string? Name { get; set; }

    public string? Rule { get; set; }
}

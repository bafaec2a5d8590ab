using Bridge.Worker.Reporting.ServiceDesk;

namespace Bridge.Worker.Tests.Reporting.ServiceDesk;

public sealed class ServiceDeskOptionsValidatorTests
{
    private const string Prefix = "Reporting:ServiceDesk";

    [Fact]
    public void Failures_Defaults_None()
    {
        var options = new ServiceDeskOptions();

        Assert.Empty(ServiceDeskOptionsValidator.Failures(options, Prefix));
        Assert.Equal(TimeSpan.FromMinutes(15), options.CacheDuration);
        Assert.Equal(8m, options.AvailableHoursPerDay);
    }

    [Fact]
    public void Failures_BadValues_EachNamesItsKey()
    {
        var options = new ServiceDeskOptions
        {
            Boards = ["Service Desk", " "],
            CacheDuration = TimeSpan.FromDays(2),
            AvailableHoursPerDay = 0,
            HourKinds = [new() { WorkType = "Onsite", Kind = "travel" }, new() { Kind = "onsite" }],
            DefaultHourKind = "billable",
        };
        options.Technicians["anguyen"] = 25;

        var failures = ServiceDeskOptionsValidator.Failures(options, Prefix).ToList();

        Assert.Contains("Reporting:ServiceDesk:Boards:1 is empty.", failures);
        Assert.Contains("Reporting:ServiceDesk:CacheDuration must be more than zero and at most 1.00:00:00.", failures);
        Assert.Contains("Reporting:ServiceDesk:AvailableHoursPerDay must be more than 0 and at most 24.", failures);
        Assert.Contains("Reporting:ServiceDesk:Technicians:anguyen must be from 0 to 24 hours a day.", failures);
        Assert.Contains(failures, f => f.StartsWith("Reporting:ServiceDesk:HourKinds:0:Kind must be one of managedServices, project, nonBillable, onsite", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reporting:ServiceDesk:HourKinds:1 needs a WorkType", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reporting:ServiceDesk:DefaultHourKind must be one of", StringComparison.Ordinal));
        Assert.Equal(7, failures.Count);
    }
}

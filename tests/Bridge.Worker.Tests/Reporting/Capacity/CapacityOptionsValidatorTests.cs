using Bridge.Worker.Reporting.Capacity;

namespace Bridge.Worker.Tests.Reporting.Capacity;

public sealed class CapacityOptionsValidatorTests
{
    private const string Prefix = "Reporting:Capacity";

    [Fact]
    public void Failures_Defaults_None()
    {
        Assert.Empty(CapacityOptionsValidator.Failures(new CapacityOptions(), Prefix));
    }

    [Fact]
    public void Failures_BadValues_EachNamesItsKey()
    {
        var options = new CapacityOptions
        {
            Tiers = [new() { Board = "Onsite", Tier = "tier4" }, new() { Tier = "tier2" }],
            AvailableHoursPerTechnicianPerYear = 0,
            TicketsPerDispatcherPerYear = -1,
            Dispatchers = -1,
            CacheDuration = TimeSpan.Zero,
        };
        options.TargetMinutes["tier1"] = 0;
        options.TargetMinutes["tier9"] = 30;
        options.Technicians["onsite"] = -2;
        options.TicketsPerYear["tier3"] = -5;

        var failures = CapacityOptionsValidator.Failures(options, Prefix).ToList();

        Assert.Contains("Reporting:Capacity:TargetMinutes:tier1 must be positive.", failures);
        Assert.Contains("Reporting:Capacity:TargetMinutes:tier9 is not a tier: use tier1, tier2, tier3, onsite.", failures);
        Assert.Contains("Reporting:Capacity:Technicians:onsite must not be negative.", failures);
        Assert.Contains("Reporting:Capacity:TicketsPerYear:tier3 must not be negative.", failures);
        Assert.Contains(failures, f => f.StartsWith("Reporting:Capacity:Tiers:0:Tier must be one of", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reporting:Capacity:Tiers:1 needs a Board or a Type", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reporting:Capacity:AvailableHoursPerTechnicianPerYear must be positive", StringComparison.Ordinal));
        Assert.Contains("Reporting:Capacity:TicketsPerDispatcherPerYear must be positive.", failures);
        Assert.Contains("Reporting:Capacity:Dispatchers must not be negative.", failures);
        Assert.Contains(failures, f => f.StartsWith("Reporting:Capacity:CacheDuration", StringComparison.Ordinal));
        Assert.Equal(10, failures.Count);
    }

    [Fact]
    public void Failures_TierWithoutTargetMinutes_NamesTheMissingKey()
    {
        var options = new CapacityOptions();
        options.TargetMinutes.Remove("onsite");

        Assert.Equal("Reporting:Capacity:TargetMinutes:onsite is missing: each tier needs its targeted minutes per ticket.",
            Assert.Single(CapacityOptionsValidator.Failures(options, Prefix)));
    }
}

using Bridge.Worker.Reporting.Capacity;

namespace Bridge.Worker.Tests.Reporting.Capacity;

public sealed class CapacityTierClassifierTests
{
    private static readonly CapacityTierClassifier Classifier = new(
    [
        new() { Board = "Onsite*", Tier = "onsite" },
        new() { Board = "Service Desk", Type = "Server", Tier = "tier3" },
        new() { Type = "Network", Tier = "Tier2" },
        new() { Type = "Server", Tier = "tier2" },
    ]);

    [Theory]
    [InlineData("Onsite Dispatch", "Server", "onsite", true)]
    [InlineData("service desk", "server", "tier3", true)]
    [InlineData("Alerts", "Server", "tier2", true)]
    [InlineData("Alerts", "Network", "tier2", true)]
    [InlineData("Service Desk", "Email", "tier1", false)]
    [InlineData("Service Desk", null, "tier1", false)]
    public void Classify_Ticket_FirstMatchingRuleElseTier1(string board, string? type, string tier, bool mapped)
    {
        Assert.Equal((tier, mapped), Classifier.Classify(board, type));
    }
}

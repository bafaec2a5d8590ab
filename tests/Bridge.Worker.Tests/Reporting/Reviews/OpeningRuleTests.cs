using Bridge.Worker.Reporting.Reviews;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class OpeningRuleTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);

    private static RoutingDecisionRecord Decision(int id, DateTimeOffset at, bool emergency, params string[] reasons) =>
        new() { Id = id, RecordedAt = at, Emergency = emergency, Reasons = [.. reasons] };

    [Fact]
    public void FromReasons_FirstMatchingRule_NameAndKey()
    {
        var rule = OpeningRule.FromReasons(
        [
            "[hours] outside business hours (Routing:BusinessHours)",
            "[emergency-rule] emergency rule 'server (down)' matched priority P1 (Routing:Clients:northwind:Emergency:Rules:0)",
            "[emergency-rule] emergency rule 'second' matched type Server (Routing:Clients:northwind:Emergency:Rules:1)",
        ]);

        Assert.Equal(("server (down)", "Routing:Clients:northwind:Emergency:Rules:0"), rule);
    }

    [Fact]
    public void FromReasons_NoRuleMatched_Null() =>
        Assert.Null(OpeningRule.FromReasons(["[emergency-rule] no emergency rule matched: not an emergency (Routing:Clients:northwind:Emergency)"]));

    [Fact]
    public void Of_TheLatestEmergencyDecisionByTheOpening_NotALaterOne()
    {
        var rule = OpeningRule.Of(
        [
            Decision(1, Opened.AddMinutes(-5), true, "[emergency-rule] emergency rule 'early' matched x (K:0)"),
            Decision(2, Opened, true, "[emergency-rule] emergency rule 'opening' matched x (K:1)"),
            Decision(3, Opened.AddMinutes(5), true, "[emergency-rule] emergency rule 'later' matched x (K:2)"),
        ], Opened);

        Assert.Equal(("opening", "K:1"), rule);
    }

    [Fact]
    public void Of_NoDecisionBeforeTheOpening_Null() =>
        Assert.Null(OpeningRule.Of([Decision(1, Opened.AddMinutes(1), true, "[emergency-rule] emergency rule 'x' matched y (K:0)")], Opened));
}

using Bridge.Worker.Escalation.Policies;

namespace Bridge.Worker.Tests.Escalation;

public sealed class EscalationOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(Action<EscalationOptions> configure)
    {
        var options = new EscalationOptions();
        configure(options);
        var result = new EscalationOptionsValidator().Validate(null, options);
        return result.Failed ? result.Failures.ToList() : [];
    }

    private static EscalationPolicyOptions Policy(params EscalationStepOptions[] steps) => new() { Steps = [.. steps] };

    [Fact]
    public void Validate_Defaults_NoFailure() => Assert.Empty(Failures(_ => { }));

    [Fact]
    public void Validate_BadTargetAndRepeatWithoutInterval_NamesEachKey()
    {
        var failures = Failures(o => o.Policies["p1"] = Policy(new EscalationStepOptions { Targets = ["pager:alice"], RepeatCount = 2 }));

        Assert.Contains(failures, f => f.StartsWith("Escalation:Policies:p1:Steps:0:Targets has 'pager:alice'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Escalation:Policies:p1:Steps:0:RepeatEvery is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LastStepRepeatsTooOftenAndFallbackToTheClient_NamesEachKey()
    {
        var failures = Failures(o =>
        {
            o.RepeatLastEvery = TimeSpan.FromSeconds(20);
            o.Exhausted.Targets = ["contact", "role:Dispatcher"];
            o.Policies["p1"] = new EscalationPolicyOptions { GiveUpAfter = TimeSpan.FromSeconds(5), Steps = [new EscalationStepOptions { Targets = ["assigned"] }] };
        });

        Assert.Contains(failures, f => f.StartsWith("Escalation:RepeatLastEvery is 00:00:20", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Escalation:Policies:p1:GiveUpAfter is 00:00:05", StringComparison.Ordinal));
        Assert.Single(failures, f => f.StartsWith("Escalation:Exhausted:Targets has 'contact'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownThresholdAndBusinessHoursPolicy_Named()
    {
        var failures = Failures(o =>
        {
            o.Policies["p1"] = new EscalationPolicyOptions { ThresholdPolicy = "tier9", Steps = [new EscalationStepOptions { Targets = ["assigned"] }] };
            o.BusinessHoursPolicy = "daytime";
        });

        Assert.Contains(failures, f => f.StartsWith("Escalation:Policies:p1:ThresholdPolicy names 'tier9'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Escalation:BusinessHoursPolicy names 'daytime'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EmptyLadderWeakKeyAndRelativeUrl_Named()
    {
        var failures = Failures(o =>
        {
            o.Policies["empty"] = new EscalationPolicyOptions();
            o.AckSigningKey = "c2hvcnQ=";
            o.PublicUrl = "bridge.local";
        });

        Assert.Contains(failures, f => f.StartsWith("Escalation:Policies:empty:Steps is empty", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Escalation:AckSigningKey is not base64 of at least 32 bytes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Escalation:PublicUrl 'bridge.local'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("schedule:after-hours", EscalationTargetKind.Schedule, "after-hours")]
    [InlineData(" role:Dispatcher ", EscalationTargetKind.Role, "Dispatcher")]
    [InlineData("member:anguyen", EscalationTargetKind.Member, "anguyen")]
    [InlineData("Assigned", EscalationTargetKind.Assigned, "")]
    public void Target_Parse_KindAndName(string text, EscalationTargetKind kind, string name) =>
        Assert.Equal(new EscalationTarget(kind, name), EscalationTarget.Parse(text));
}

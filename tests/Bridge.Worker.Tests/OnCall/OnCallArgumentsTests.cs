using Bridge.Worker.Cli;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallArgumentsTests
{
    [Fact]
    public void Parse_ViewSwitches_ReadsThemAll()
    {
        var args = OnCallArguments.Parse(["--schedule", "after-hours", "--at", "2025-03-10 08:00", "--next", "3", "--gaps", "--load", "--days", "30"]);

        Assert.Null(args.Error);
        Assert.False(args.Override);
        Assert.Equal(("after-hours", "2025-03-10 08:00", 3, true, true, 30), (args.Schedule, args.At, args.Next, args.Gaps, args.Load, args.Days));
    }

    [Fact]
    public void Parse_NoSwitches_TenNextShiftsFourteenDays()
    {
        var args = OnCallArguments.Parse([]);

        Assert.Equal((10, 14, false), (args.Next, args.Days, args.Gaps));
    }

    [Fact]
    public void Parse_Override_ReadsPersonForAndPeriod()
    {
        var args = OnCallArguments.Parse(["override", "--schedule", "s", "--person", "bruiz", "--for", "anguyen", "--from", "2025-03-10 08:00", "--to", "2025-03-11 08:00"]);

        Assert.Null(args.Error);
        Assert.True(args.Override);
        Assert.Equal(("bruiz", "anguyen", "2025-03-10 08:00", "2025-03-11 08:00"), (args.Person, args.For, args.From, args.To));
    }

    [Theory]
    [InlineData(new[] { "override", "--schedule", "s", "--person", "p", "--from", "x" }, "needs --schedule, --person, --from and --to")]
    [InlineData(new[] { "--next", "many" }, "--next needs a number")]
    [InlineData(new[] { "--schedule" }, "--schedule needs a value")]
    [InlineData(new[] { "--at", "--gaps" }, "--at needs a value")]
    [InlineData(new[] { "--verbose" }, "Unknown option '--verbose'")]
    public void Parse_Mistakes_ExplainWhatIsWrong(string[] input, string expected)
    {
        var args = OnCallArguments.Parse(input);

        Assert.Contains(expected, args.Error);
        Assert.Contains("Usage: bridge oncall", args.Error);
    }
}

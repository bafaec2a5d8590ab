using Bridge.Worker.Cli;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallArgumentsTests
{
    [Fact]
    public void Parse_ViewSwitches_ReadsThemAll()
    {
        var args = VerbArguments.Read<OnCallArguments>(OnCallArguments.CreateCommand, "--schedule", "after-hours", "--at", "2025-03-10 08:00", "--next", "3", "--gaps", "--load", "--days", "30");

        Assert.False(args.IsOverride);
        Assert.Equal(("after-hours", "2025-03-10 08:00", 3, true, true, 30), (args.Schedule, args.At, args.Next, args.Gaps, args.Load, args.Days));
    }

    [Fact]
    public void Parse_NoSwitches_TenNextShiftsFourteenDays()
    {
        var args = VerbArguments.Read<OnCallArguments>(OnCallArguments.CreateCommand);

        Assert.Equal((10, 14, false, false), (args.Next, args.Days, args.Gaps, args.IsOverride));
    }

    [Fact]
    public void Parse_Override_ReadsPersonForAndPeriod()
    {
        var args = VerbArguments.Read<OnCallArguments>(OnCallArguments.CreateCommand, "override", "--schedule", "s", "--person", "bruiz", "--for", "anguyen", "--from", "2025-03-10 08:00", "--to", "2025-03-11 08:00", "--note", "swap");

        Assert.True(args.IsOverride);
        Assert.Equal(("s", "bruiz", "anguyen", "2025-03-10 08:00", "2025-03-11 08:00", "swap"), (args.Schedule, args.Person, args.For, args.From, args.To, args.Note));
    }

    [Fact]
    public void Parse_OverrideByNobody_IsAPersonLikeAnyOther()
    {
        var args = VerbArguments.Read<OnCallArguments>(OnCallArguments.CreateCommand, "override", "--schedule", "s", "--person", "nobody", "--from", "2025-03-10 17:00", "--to", "2025-03-11 08:00");

        Assert.Equal("nobody", args.Person);
    }

    [Theory]
    [InlineData(new[] { "override", "--schedule", "s", "--person", "p", "--from", "x" }, "oncall override needs --schedule, --person, --from and --to.", "oncall override")]
    [InlineData(new[] { "--next", "many" }, "--next needs a number from 0 to 500, not 'many'.", "oncall")]
    [InlineData(new[] { "--days", "0" }, "--days needs a number from 1 to 732, not '0'.", "oncall")]
    [InlineData(new[] { "--schedule" }, "--schedule needs a value: a schedule's name.", "oncall")]
    [InlineData(new[] { "--at", "--gaps" }, "--at needs a value: a time like 2025-03-10 08:00.", "oncall")]
    [InlineData(new[] { "--verbose" }, "Unknown option '--verbose' for oncall; it takes --schedule, --at, --next, --gaps, --load, --days, --config.", "oncall")]
    [InlineData(new[] { "override", "--gaps" }, "Unknown option '--gaps' for oncall override", "oncall override")]
    public void Parse_Mistakes_ExplainWhatIsWrong(string[] input, string expected, string verb)
    {
        var command = BridgeCommand.Parse(["oncall", .. input], AppContext.BaseDirectory);

        Assert.StartsWith(expected, command.Error, StringComparison.Ordinal);
        Assert.EndsWith($"See 'bridge {verb} --help'.", command.Error, StringComparison.Ordinal);
    }
}

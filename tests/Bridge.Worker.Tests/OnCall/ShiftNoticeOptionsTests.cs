using Bridge.Worker.OnCall;
using Microsoft.Extensions.Configuration;

namespace Bridge.Worker.Tests.OnCall;

/// <summary><c>OnCall:Handoff</c> and <c>OnCall:GapWarnings</c>: defaults, binding, the checks.</summary>
public sealed class ShiftNoticeOptionsTests
{
    private static OnCallOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new OnCallOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(OnCallOptions.SectionName).Bind(options);
        return options;
    }

    private static IEnumerable<string> Problems(OnCallOptions options) =>
        new OnCallOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Defaults_AnHourBeforeAndAtTheStart_DispatcherSevenDaysAndOneDayAhead()
    {
        var options = new OnCallOptions();

        Assert.True(options.Handoff.Enabled);
        Assert.Equal(TimeSpan.FromHours(1), options.Handoff.NoticeBefore);
        Assert.True(options.Handoff.AtStart);
        Assert.True(options.GapWarnings.Enabled);
        Assert.Equal("Dispatcher", options.GapWarnings.Role);
        Assert.Equal([TimeSpan.FromDays(7), TimeSpan.FromDays(1)], options.GapWarnings.Warnings);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void Ahead_FromTheFile_ReplacesTheDefaultsLongestFirst()
    {
        var options = Bind(new()
        {
            ["OnCall:GapWarnings:Ahead:0"] = "02:00:00",
            ["OnCall:GapWarnings:Ahead:1"] = "3.00:00:00",
        });

        Assert.Equal([TimeSpan.FromDays(3), TimeSpan.FromHours(2)], options.GapWarnings.Warnings);
    }

    [Fact]
    public void Validate_OutOfRange_OneLineEachNamingTheKey()
    {
        var options = new OnCallOptions();
        options.Handoff.NoticeBefore = TimeSpan.FromDays(2);
        options.GapWarnings.Role = " ";
        options.GapWarnings.Ahead = [TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)];

        Assert.Equal(
            [
                "OnCall:Handoff:NoticeBefore must be between 00:00:00 and 1.00:00:00 (got 2.00:00:00).",
                "OnCall:GapWarnings:Role must name a role of OnCall:Roles (Dispatcher, …) while gap warnings are enabled.",
                "OnCall:GapWarnings:Ahead:0 must be between 00:10:00 and 60.00:00:00 (got 00:01:00).",
            ],
            Problems(options));
    }
}

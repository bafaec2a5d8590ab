using Bridge.Worker.Routing;
using Microsoft.Extensions.Configuration;
using static Bridge.Worker.Tests.Support.RoutingFixtures;

namespace Bridge.Worker.Tests.Routing;

public sealed class RoutingOptionsValidatorTests
{
    private static IReadOnlyList<string> Problems(RoutingOptions options) =>
        new RoutingOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_Defaults_Valid()
    {
        Assert.Empty(Problems(new RoutingOptions()));
    }

    [Fact]
    public void Validate_ShippedConfigFile_Valid()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json"))
            .Build();
        var options = configuration.GetSection(RoutingOptions.SectionName).Get<RoutingOptions>();

        Assert.NotNull(options);
        Assert.Equal(3, options.Clients!.Count);
        Assert.Empty(Problems(options));
    }

    [Theory]
    [InlineData("Eastern Standard Time")]
    [InlineData("Europe/Berlin")]
    public void Validate_WindowsOrIanaZone_Accepted(string zone)
    {
        Assert.Empty(Problems(Options(o => o.TimeZone = zone)));
    }

    [Fact]
    public void Validate_ThreeMistakes_OneLineEachStartingWithKey()
    {
        var options = Options(o =>
        {
            o.Clients![2].TimeZone = "Mars/Olympus_Mons";
            o.Holidays![1].Rule = "the third of never";
            o.Clients[1].Emergency = new EmergencyOptions { Rules = [new EmergencyRuleOptions { Priorities = ["Priority 9 - Panic"] }] };
        });

        var problems = Problems(options);

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Routing:Clients:2:TimeZone: 'Mars/Olympus_Mons' is not a known time zone", problems[2]);
        Assert.StartsWith("Routing:Holidays:1:Rule: 'the third of never' is not a holiday rule", problems[0]);
        Assert.StartsWith("Routing:Clients:1:Emergency:Rules:0:Priorities:0: 'Priority 9 - Panic' is not a configured priority", problems[1]);
    }

    [Theory]
    [InlineData("contract", "Routing:Clients:0:Contract: 'Included24x8' is not a contract")]
    [InlineData("multiplier", "Routing:Clients:1:AfterHoursMultiplier: must be above 0")]
    [InlineData("day", "Routing:BusinessHours:Moonday: 'Moonday' is not a weekday")]
    [InlineData("range", "Routing:BusinessHours:Monday:0: '17:00-08:00' is not a time range")]
    [InlineData("overlap", "Routing:BusinessHours:Monday:1: '11:00-13:00' overlaps '08:00-12:00'")]
    [InlineData("closed", "Routing:BusinessHours: no day has business hours")]
    [InlineData("empty-rule", "Routing:Default:Emergency:Rules:0: the rule has no criteria")]
    [InlineData("duplicate", "Routing:Clients:1:Company: 'NorthwindDental' is listed twice")]
    [InlineData("sla", "Routing:Priorities:P1:Sla:Escalation: must be a positive duration")]
    public void Validate_Mistake_NamesTheKey(string mistake, string expected)
    {
        var options = Options(o =>
        {
            switch (mistake)
            {
                case "contract": o.Clients![0].Contract = "Included24x8"; break;
                case "multiplier": o.Clients![1].AfterHoursMultiplier = 0; break;
                case "day": o.BusinessHours = new() { ["Moonday"] = ["08:00-17:00"] }; break;
                case "range": o.BusinessHours = new() { ["Monday"] = ["17:00-08:00"] }; break;
                case "overlap": o.BusinessHours = new() { ["Monday"] = ["08:00-12:00", "11:00-13:00"] }; break;
                case "closed": o.BusinessHours = new() { ["Monday"] = [] }; break;
                case "empty-rule": o.Default.Emergency = new EmergencyOptions { Rules = [new EmergencyRuleOptions { Name = "nothing" }] }; break;
                case "duplicate": o.Clients![1].Company = "NorthwindDental"; break;
                default: o.Priorities = new() { ["P1"] = new PriorityLevelOptions { Sla = new SlaOptions { Escalation = TimeSpan.Zero } } }; break;
            }
        });

        var problem = Assert.Single(Problems(options));

        Assert.StartsWith(expected, problem);
    }
}

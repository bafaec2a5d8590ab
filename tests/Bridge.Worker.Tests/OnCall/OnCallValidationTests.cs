using Bridge.Worker.Cli;
using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.OnCall;

public sealed class OnCallValidationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static IReadOnlyList<string> Problems(OnCallOptions options) => OnCallModelCompiler.Compile(options).Problems;

    [Fact]
    public void Compile_LayerNamesUnknownPerson_OneLineWithTheKey()
    {
        var options = Options(Weekly("primary", "alice", "bob"));
        options.Schedules[0].Layers[0].Rotation.Add("zed");

        var problems = Problems(options);

        Assert.Equal(["OnCall:Schedules:0:Layers:0:Rotation:2 names 'zed', who is not in OnCall:People."], problems);
    }

    [Theory]
    [InlineData("Funday 08:00")]
    [InlineData("Monday 25:00")]
    [InlineData("Monday 8")]
    [InlineData("08:00")] // weekly needs a day
    [InlineData("")]
    public void Compile_InvalidHandoff_NamesTheHandoffKey(string handoff)
    {
        var options = Options(Weekly("primary", "alice"), Weekly("secondary", "bob"));
        options.Schedules[0].Layers[1].Handoff = handoff;

        var problem = Assert.Single(Problems(options));

        Assert.StartsWith("OnCall:Schedules:0:Layers:1:Handoff", problem);
        Assert.Contains("Monday", problem);
    }

    [Fact]
    public void Compile_UnknownTimeZones_NamesScheduleAndPersonKeys()
    {
        var options = Options(Weekly("primary", "alice"));
        options.Schedules[0].TimeZone = "Mars/Olympus_Mons";
        options.People[0].TimeZone = "Atlantis";

        var problems = Problems(options);

        Assert.Contains(problems, p => p.StartsWith("OnCall:Schedules:0:TimeZone 'Mars/Olympus_Mons' is not a known time zone", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OnCall:People:0:TimeZone 'Atlantis'", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_WindowsZoneId_MapsToIana()
    {
        var options = Options(Weekly("primary", "alice"));
        options.Schedules[0].TimeZone = "Eastern Standard Time";

        var model = Compile(options);

        Assert.Equal("America/New_York", model.Schedules["main"].Zone.Id);
    }

    [Fact]
    public void Compile_RolesContactsAndRestrictions_EachMistakeReported()
    {
        var options = Options(Weekly("primary", "alice"));
        options.Roles["Dispatcher"] = ["alice", "nobody"];
        options.People[0].Contacts.Add(new ContactMethodOptions { Kind = "Pager", Address = "x" });
        options.Schedules[0].Layers[0].Restrictions = [Window("Someday", "17:00", "8am")];
        options.Schedules[0].Layers[0].Shift = "fortnightly";

        var problems = Problems(options);

        Assert.Equal(5, problems.Count);
        Assert.Contains("OnCall:Roles:Dispatcher:1 names 'nobody', who is not in OnCall:People.", problems);
        Assert.Contains(problems, p => p.StartsWith("OnCall:People:0:Contacts:1:Kind 'Pager' must be one of Email, Sms, Teams, Slack, Webhook", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OnCall:Schedules:0:Layers:0:Restrictions:0:Days:0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OnCall:Schedules:0:Layers:0:Restrictions:0:To", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("OnCall:Schedules:0:Layers:0:Shift 'fortnightly'", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_RolesResolveToPeopleInOrder()
    {
        var options = Options(Weekly("primary", "alice", "bob"));
        options.Roles[OnCallRoles.ServiceManager] = ["bob", "alice"];

        var model = Compile(options);
        var resolver = new OnCallResolver(model, store: null);

        Assert.Equal(["bob", "alice"], resolver.Role("servicemanager").Select(p => p.Member));
        Assert.Empty(resolver.Role(OnCallRoles.ServiceDirector));
    }

    [Fact]
    public async Task Validate_ScheduleWithUnknownPersonAndBadHandoff_PrintsOneLineEachWithKey()
    {
        _dir.Write("appsettings.json", """{ "Logging": { "File": { "Enabled": false } }, "Storage": { "Path": "data/test.db" } }""");
        _dir.Write("bridge.json", """
            {
              "ConnectWise": { "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "CompanyId": "acme",
                               "PublicKey": "pub", "PrivateKey": "priv", "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11" },
              "OnCall": {
                "People": [ { "Member": "anguyen", "Name": "Anh Nguyen" } ],
                "Schedules": [ {
                  "Name": "after-hours", "TimeZone": "America/New_York",
                  "Layers": [ { "Rotation": [ "anguyen", "ghost" ], "Shift": "Weekly", "Handoff": "Moonday 08:00" } ]
                } ]
              }
            }
            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], output, error);

        Assert.Equal(1, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("OnCall:Schedules:0:Layers:0:Rotation:1 names 'ghost', who is not in OnCall:People.", lines);
        Assert.Contains(lines, l => l.StartsWith("OnCall:Schedules:0:Layers:0:Handoff 'Moonday 08:00' must be a day and a time", StringComparison.Ordinal));
        Assert.Contains("2 problem(s)", error.ToString());
    }

    [Fact]
    public async Task Validate_NoOnCallSection_IsValid()
    {
        _dir.Write("appsettings.json", """{ "Logging": { "File": { "Enabled": false } } }""");
        _dir.Write("bridge.json", """
            { "ConnectWise": { "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/", "CompanyId": "acme",
                               "PublicKey": "pub", "PrivateKey": "priv", "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11" } }
            """);
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], new StringWriter(), error);

        Assert.True(exit == 0, error.ToString());
    }

    [Fact]
    public async Task Validate_ShippedDemoConfig_OnCallSectionIsValid()
    {
        var config = Path.Combine(AppContext.BaseDirectory, "config");
        var error = new StringWriter();

        await BridgeCli.RunAsync(["validate", "--config", config], new StringWriter(), error);

        Assert.DoesNotContain("OnCall:", error.ToString());
    }

    public void Dispose() => _dir.Dispose();
}

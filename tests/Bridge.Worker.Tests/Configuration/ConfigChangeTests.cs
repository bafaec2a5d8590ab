using Bridge.Worker.Configuration;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Tests.Configuration;

public sealed class ConfigChangeTests
{
    private static readonly string[] Sections = ["OnCall", "Routing", "Channels", "Logging:File", "Storage"];
    private static readonly ReadAtStartKey[] ReadAtStart = [new("Storage"), new("Logging"), new("Urls")];

    private static Dictionary<string, string?> Config(params (string Key, string? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string?> InForce = Config(
        ("$schema", "./bridge.schema.json"),
        ("OnCall", null),
        ("OnCall:People:0:Member", "anguyen"),
        ("Routing:TimeZone", "America/New_York"),
        ("Storage:Path", "data/bridge.db"),
        ("Urls", "http://127.0.0.1:5080"));

    private static Dictionary<string, string?> Edited(string key, string? value)
    {
        var edited = new Dictionary<string, string?>(InForce, StringComparer.OrdinalIgnoreCase);
        if (value is null)
        {
            edited.Remove(key);
        }
        else
        {
            edited[key] = value;
        }

        return edited;
    }

    [Theory]
    [InlineData("OnCall:People:0:Member", "bruiz", "OnCall")]
    [InlineData("oncall:people:0:member", "bruiz", "OnCall")]
    [InlineData("OnCall:People:0:Member", null, "OnCall")]
    [InlineData("Routing:Holidays:0:Rule", "12-25", "Routing")]
    [InlineData("Channels:Templates:Sms", "ACK {ackUrl}", "Channels")]
    [InlineData("Escalation:Policies:0:Name", "p1", "Escalation")]
    public void Plan_LiveKeyChanged_AppliedUnderItsSectionAndInTheNextConfiguration(string key, string? value, string section)
    {
        var change = ConfigChange.Plan(InForce, Edited(key, value), Sections, ReadAtStart);

        Assert.Equal([section], change.Applied);
        Assert.Empty(change.AtRestart);
        Assert.Equal(value, change.Next.GetValueOrDefault(key));
    }

    [Theory]
    [InlineData("Storage:Path", "data/other.db", "Storage")]
    [InlineData("Storage:Path", null, "Storage")]
    [InlineData("Logging:File:RetainedFileCount", "7", "Logging")]
    [InlineData("Urls", "http://0.0.0.0:5080", "Urls")]
    public void Plan_ReadAtStartKeyChanged_ListedForRestartAndTheValueInForceKept(string key, string? value, string startKey)
    {
        var change = ConfigChange.Plan(InForce, Edited(key, value), Sections, ReadAtStart);

        Assert.Empty(change.Applied);
        Assert.Equal([startKey], change.AtRestart);
        Assert.Equal(InForce.GetValueOrDefault(key), change.Next.GetValueOrDefault(key));
    }

    [Fact]
    public void Plan_LiveAndStartOnlyChangesTogether_EachSortedIntoItsList()
    {
        var candidate = Edited("Routing:TimeZone", "America/Chicago");
        candidate["Storage:Path"] = "data/other.db";
        candidate["OnCall:People:0:Name"] = "Anh";

        var change = ConfigChange.Plan(InForce, candidate, Sections, ReadAtStart);

        Assert.Equal(["OnCall", "Routing"], change.Applied);
        Assert.Equal(["Storage"], change.AtRestart);
        Assert.Equal("America/Chicago", change.Next["Routing:TimeZone"]);
        Assert.Equal("data/bridge.db", change.Next["Storage:Path"]);
    }

    [Fact]
    public void Plan_OnlyTheSchemaReferenceChanged_NothingChanges()
    {
        var change = ConfigChange.Plan(InForce, Edited("$schema", "https://example.com/schema.json"), Sections, ReadAtStart);

        Assert.True(change.IsEmpty);
    }

    [Fact]
    public void Plan_SameConfiguration_NothingChanges()
    {
        Assert.True(ConfigChange.Plan(InForce, Config([.. InForce.Select(p => (p.Key, p.Value))]), Sections, ReadAtStart).IsEmpty);
    }
}

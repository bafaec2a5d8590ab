using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Connectors.Notifications;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Configuration;

/// <summary>
/// Editing bridge.json while the bridge runs: real files, the real host with file watching on, and the
/// HTTP endpoint <c>bridge oncall</c>'s answers come from. Each edit is awaited through <c>/config/status</c>.
/// </summary>
public sealed class HotReloadTests : IAsyncLifetime
{
    // Wednesday evening of the week the rotation gives to cokafor (the third of anguyen, bruiz, cokafor).
    private const string Evening = "2025-03-05T20:00-05:00";
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        SandboxConfig.WriteFor(_dir, _sandbox);
        OnCallConfig.AddTo(_dir);
    }

    private static async Task<string?> OnCallAt(ReloadingBridge bridge, string at) =>
        (await bridge.Http.GetFromJsonAsync<JsonElement>($"/oncall/{OnCallConfig.Schedule}?at={Uri.EscapeDataString(at)}"))
            .GetProperty("member").GetString();

    private static void Rotation(JsonObject root, params string[] members) =>
        root["OnCall"]!["Schedules"]![0]!["Layers"]![0]!["Rotation"] = new JsonArray(members.Select(m => (JsonNode?)JsonValue.Create(m)).ToArray());

    private static List<string> Reasons(JsonElement status) =>
        status.GetProperty("lastRefusal").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();

    [Fact]
    public async Task RotationEdited_ValidFile_OnCallAnswersTheNewRotationWithoutRestart()
    {
        await using var bridge = await ReloadingBridge.StartAsync(_dir);
        var before = await OnCallAt(bridge, Evening);

        var status = await bridge.EditAsync(root => Rotation(root, "bruiz", "cokafor", "anguyen"));
        var after = await OnCallAt(bridge, Evening);

        Assert.Equal("cokafor", before);
        Assert.Equal("anguyen", after);
        Assert.Equal("in-force", status.GetProperty("state").GetString());
        Assert.Equal(["OnCall"], status.GetProperty("applied").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Configuration reloaded from", bridge.Log());
    }

    [Fact]
    public async Task RotationEdited_NamesSomeoneNotInPeople_RefusedLoggedAndTheOldAnswerStays()
    {
        await using var bridge = await ReloadingBridge.StartAsync(_dir);

        var status = await bridge.EditAsync(root => Rotation(root, "anguyen", "bruiz", "zoltan"));
        var answer = await OnCallAt(bridge, Evening);
        var ready = await bridge.Http.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("cokafor", answer);
        Assert.Equal("refused", status.GetProperty("state").GetString());
        var reason = Assert.Single(Reasons(status));
        Assert.StartsWith("OnCall:Schedules:0:Layers:0:Rotation:2 names 'zoltan'", reason);
        Assert.Contains($"Configuration edit refused: {reason}", bridge.Log());
        Assert.Equal("Degraded", ready.GetProperty("checks").GetProperty("configuration").GetProperty("status").GetString());
    }

    [Fact]
    public async Task SyntaxErrorThenValidEdit_FirstRefusedWithTheLineSecondApplied()
    {
        await using var bridge = await ReloadingBridge.StartAsync(_dir);
        var valid = await File.ReadAllTextAsync(bridge.BridgeJson);
        var edited = JsonNode.Parse(valid)!.AsObject();
        Rotation(edited, "cokafor", "anguyen", "bruiz");

        var broken = await bridge.SaveAsync(valid.Replace("\"Rotation\":", "\"Rotation\" ", StringComparison.Ordinal));
        var duringBroken = await OnCallAt(bridge, Evening);
        var fixedStatus = await bridge.SaveAsync(edited.ToJsonString());
        var afterFix = await OnCallAt(bridge, Evening);

        Assert.Equal("refused", broken.GetProperty("state").GetString());
        Assert.Matches(@"bridge\.json.*line 1, column \d+", Assert.Single(Reasons(broken)));
        Assert.Equal("cokafor", duringBroken);
        Assert.Equal("in-force", fixedStatus.GetProperty("state").GetString());
        Assert.Equal("bruiz", afterFix);
        Assert.True(fixedStatus.GetProperty("appliedAt").GetDateTimeOffset() > broken.GetProperty("lastRefusal").GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task HolidayAdded_RoutingTreatsTheDayAsClosedWithoutRestart()
    {
        await using var bridge = await ReloadingBridge.StartAsync(_dir);
        var policy = bridge.App.Services.GetRequiredService<RoutingPolicyProvider>();
        var ticket = new Bridge.Worker.Ingest.TicketSnapshot { Id = 4711, CompanyIdentifier = "ContosoLaw", PriorityName = "Priority 3 - Normal Response", Summary = "Printer offline" };
        var tuesdayMorning = DateTimeOffset.Parse("2026-03-10T10:00:00-04:00", CultureInfo.InvariantCulture);
        var before = RoutingDecider.Decide(ticket, policy.Policy, tuesdayMorning);

        await bridge.EditAsync(root => root["Routing"] = JsonNode.Parse("""{ "Holidays": [ { "Name": "Office move", "Rule": "2026-03-10" } ] }"""));
        var after = RoutingDecider.Decide(ticket, policy.Policy, tuesdayMorning);

        Assert.Equal(Disposition.BusinessHours, before.Disposition);
        Assert.Equal(Disposition.NextBusinessDay, after.Disposition);
        Assert.Contains(after.Reasons, r => r.Rule == "holiday" && r.Text.Contains("Office move", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SmsTemplateEdited_NextMessageUsesIt()
    {
        await using var bridge = await ReloadingBridge.StartAsync(_dir);
        var composer = bridge.App.Services.GetRequiredService<MessageComposer>();
        var page = new Notification
        {
            IncidentId = "inc-1",
            TicketId = 4711,
            Summary = "Exchange down",
            Priority = "P1",
            Step = 1,
            Links = new ActionLinks(new Uri("https://bridge.example.com/ack/inc-1"), new Uri("https://bridge.example.com/esc/inc-1")),
            DedupKey = "inc-1:1",
        };

        await bridge.EditAsync(root => root["Channels"] = JsonNode.Parse("""{ "Templates": { "Sms": "PAGE #{ticketId}: {summary}. Reply ACK" } }"""));

        Assert.Equal("PAGE #4711: Exchange down. Reply ACK", composer.Compose(page, ChannelKinds.Sms).Body);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Callbacks;

public sealed class CallbackRegistrationTests
{
    private const string Api = SandboxState.ApiMemberIdentifier;

    [Theory]
    [InlineData("{\"url\":\"/relative?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}", "InvalidField", "url", "Invalid URL")]
    [InlineData("{\"url\":\"ftp://x.example/cb\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}", "InvalidField", "url", "Invalid URL")]
    [InlineData("{\"url\":\"https://x.example/cb\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"territory\"}", "InvalidObject", "level", "Unrecognized level for type ticket")]
    [InlineData("{\"url\":\"https://x.example/cb\",\"objectId\":1,\"type\":\"time\",\"level\":\"board\"}", "InvalidObject", "level", "Unrecognized level for type time")]
    [InlineData("{\"url\":\"https://x.example/cb\",\"objectId\":1,\"type\":\"spaceship\",\"level\":\"owner\"}", "InvalidObject", "type", "Unrecognized type spaceship")]
    [InlineData("{\"url\":\"https://x.example/cb\",\"type\":\"ticket\",\"level\":\"owner\"}", "MissingRequiredField", "objectId", "ObjectId is required.")]
    public void SaveCallbackCore_InvalidRegistration_IsInvalidObject(string json, string itemCode, string field, string message)
    {
        var error = TestStates.Rejected(() => TestStates.Seeded().SaveCallbackCore(null, _ => JsonNode.Parse(json)!.AsObject(), Api));

        Assert.Equal((400, "InvalidObject"), (error.StatusCode, error.Code));
        var item = Assert.Single(error.Errors);
        Assert.Equal((itemCode, field, message), (item.Code, item.Field, item.Message));
    }

    [Fact]
    public void SaveCallbackCore_SameUrlTypeLevelAndObject_IsObjectExists()
    {
        var state = TestStates.Seeded();
        state.SaveCallbackCore(null, _ => Registration("https://bridge.example/cb?id=", "owner", 1), Api);

        var error = TestStates.Rejected(() => state.SaveCallbackCore(null, _ => Registration("https://BRIDGE.example/cb?id=", "Owner", 1), Api));
        var other = state.SaveCallbackCore(null, _ => Registration("https://bridge.example/cb?id=", "board", 1), Api);

        var item = Assert.Single(error.Errors);
        Assert.Equal(("ObjectExists", "A matching callback entry already exists", "objectId"), (item.Code, item.Message, item.Field));
        Assert.Equal(2, (int)other["id"]!);
    }

    [Fact]
    public void SaveCallbackCore_Created_HasServerSideDefaults()
    {
        var entry = TestStates.Seeded().SaveCallbackCore(null, _ => Registration("https://bridge.example/cb", "owner", 1), Api);

        Assert.Equal(1, (int)entry["memberId"]!);
        Assert.Equal("3.0.0", (string)entry["payloadVersion"]!);
        Assert.False((bool)entry["inactiveFlag"]!);
        Assert.True(Guid.TryParse((string)entry["connectWiseID"]!, out _));
    }

    [Fact]
    public void Publish_RegistrationsByLevel_ReceiveOnlyTheirTickets()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        state.SaveCallbackCore(null, _ => Registration("https://all.example/?id=", "owner", 1), Api);
        state.SaveCallbackCore(null, _ => Registration("https://alerts.example/", "board", 2), Api);
        state.SaveCallbackCore(null, _ => Registration("https://ticket4.example/", "ticket", 4), Api);
        state.SaveCallbackCore(null, _ => Registration("https://assigned.example/", "status", 2), Api);
        var inactive = Registration("https://inactive.example/", "owner", 1);
        inactive["inactiveFlag"] = true;
        state.SaveCallbackCore(null, _ => inactive, Api);

        state.UpdateTicket(5, t => t.Priority(1));
        state.UpdateTicket(4, t => t.Priority(1));
        state.UpdateTicket(1, t => t.Status("Assigned"));

        Assert.Equal(
            ["all:5", "alerts:5", "all:4", "ticket4:4", "all:1", "assigned:1"],
            deliveries.Select(d => $"{new Uri(d.Url).Host.Split('.')[0]}:{d.EntityId}"));
        Assert.All(deliveries, d => Assert.Equal(("ticket", "updated", "cwadmin"), (d.Type, d.Action, d.MemberIdentifier)));
    }

    [Fact]
    public void Publish_CreateAndDelete_SendAddedWithEntityAndDeletedWithout()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        state.SaveCallbackCore(null, _ => Registration("https://all.example/?id=", "owner", 1), Api);

        var id = (int)state.CreateTicket("ContosoLaw", "Phones down", memberIdentifier: "fpatel")["id"]!;
        state.DeleteTicket(id);

        Assert.Equal(["added", "deleted"], deliveries.Select(d => d.Action));
        Assert.Equal("Phones down", (string)JsonNode.Parse(deliveries[0].EntityJson!)!["summary"]!);
        Assert.Equal("fpatel", deliveries[0].MemberIdentifier);
        Assert.Null(deliveries[1].EntityJson);
        Assert.Null(state.GetTicket(id));
    }

    [Fact]
    public void Publish_SelfSuppressedRegistration_SkipsTheRegisteringMembersOwnChanges()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        var quiet = Registration("https://bridge.example/?id=", "owner", 1);
        quiet["isSelfSuppressedFlag"] = true;
        state.SaveCallbackCore(null, _ => quiet, Api);

        state.UpdateTicketCore(1, t => JsonPatch.Apply(t, TestStates.Ops(("replace", "priority", new JsonObject { ["id"] = 2 })), Schemas.Ticket), Api);
        state.UpdateTicket(1, t => t.Priority(1), "anguyen");

        Assert.Equal("anguyen", Assert.Single(deliveries).MemberIdentifier);
    }

    [Fact]
    public void Publish_TimeRegistration_ReceivesTimeEntriesWhileTicketRegistrationSeesTheTicketTouched()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        state.SaveCallbackCore(null, _ => Registration("https://time.example/", "company", 3, "time"), Api);
        state.SaveCallbackCore(null, _ => Registration("https://tickets.example/", "owner", 1), Api);
        var start = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

        state.AddTimeEntry(3, start, start.AddHours(1), "cokafor");
        state.AddTimeEntry(1, start, start.AddHours(1), "anguyen");

        Assert.Equal(["time:added:1", "ticket:updated:3", "ticket:updated:1"], deliveries.Select(d => $"{d.Type}:{d.Action}:{d.EntityId}"));
    }

    [Fact]
    public void Publish_SkipCallbackOnPatch_SendsNothing()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        state.SaveCallbackCore(null, _ => Registration("https://all.example/", "owner", 1), Api);

        state.UpdateTicket(1, t => t.Priority(2).Set("skipCallback", true));

        Assert.Empty(deliveries);
        Assert.Equal(2, (int)state.GetTicket(1)!["priority"]!["id"]!);
    }

    [Theory]
    [InlineData("https://bridge.example/callbacks/connectwise?id=", "https://bridge.example/callbacks/connectwise?id=7&action=updated")]
    [InlineData("https://bridge.example/cw?recordId=", "https://bridge.example/cw?recordId=7&action=updated")]
    [InlineData("https://bridge.example/cw", "https://bridge.example/cw")]
    public void TargetUrl_RegistrationUrl_AppendsIdAndActionWhenEndingWithEquals(string url, string expected)
    {
        var delivery = new CallbackDelivery(1, url, "ticket", "updated", 7, "{}", "x");

        Assert.Equal(expected, CallbackPayload.TargetUrl(delivery));
    }

    private static JsonObject Registration(string url, string level, int objectId, string type = "ticket") => new()
    {
        ["url"] = url,
        ["objectId"] = objectId,
        ["type"] = type,
        ["level"] = level,
        ["description"] = "test",
    };
}

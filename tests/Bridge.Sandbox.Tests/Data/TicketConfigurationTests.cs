using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Data;

public sealed class TicketConfigurationTests
{
    [Fact]
    public void CreateTicket_WithConfigurations_AttachesThemInTheSameSave()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        Register(state);

        var ticket = state.CreateTicket("ContosoLaw", "Switch port flapping", t => t.Configuration("CLAW-SW01").Configuration("CLAW-EXCH01"));

        var id = (int)ticket["id"]!;
        Assert.Equal([4, 5], state.Configurations(id).Select(c => (int)c["id"]!));
        Assert.Equal([["id", "_info"], ["id", "deviceIdentifier", "_info"]],
            state.Configurations(id).Reverse().Select(c => c.Select(p => p.Key).ToArray()));
        Assert.Equal(["added"], deliveries.Select(d => d.Action));
    }

    [Fact]
    public void CreateTicket_UnknownConfiguration_Is404AndCreatesNothing()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        Register(state);

        var error = TestStates.Rejected(() => state.CreateTicket("ContosoLaw", "x", t => t.Configuration("CLAW-NOPE")));
        var next = state.CreateTicket("ContosoLaw", "y");

        Assert.Equal((404, "NotFound", "Configuration 'CLAW-NOPE' not found"), (error.StatusCode, error.Code, error.Message));
        Assert.Equal(8, (int)next["id"]!);
        Assert.Equal(["added"], deliveries.Select(d => d.Action));
    }

    [Fact]
    public void UpdateTicket_WithConfiguration_AttachesAndStampsOnceWithOneCallback()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(time, deliveries);
        Register(state);
        time.Advance(TimeSpan.FromMinutes(1));

        var ticket = state.UpdateTicket(4, t => t.Status("In Progress").Configuration("NWD-FW01"), "dschmidt");

        Assert.Equal([3], state.Configurations(4).Select(c => (int)c["id"]!));
        Assert.Equal("2026-01-05T09:01:00Z", (string)ticket["_info"]!["lastUpdated"]!);
        var delivery = Assert.Single(deliveries);
        Assert.Equal(("updated", "dschmidt"), (delivery.Action, delivery.MemberIdentifier));
    }

    [Fact]
    public void UpdateTicket_ConfigurationAlreadyAttached_IsObjectExistsAndChangesNothing()
    {
        var state = TestStates.Seeded();
        var before = state.GetTicket(1)!.ToJsonString();

        var error = TestStates.Rejected(() => state.UpdateTicket(1, t => t.Priority(4).Configuration("NWD-DC01")));

        Assert.Equal(("ObjectExists", "id"), (Assert.Single(error.Errors).Code, error.Errors[0].Field));
        Assert.Equal(before, state.GetTicket(1)!.ToJsonString());
    }

    [Fact]
    public void AttachAndDetachConfiguration_ByName_StampTheTicketAndSendCallbacks()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(time, deliveries);
        Register(state);

        time.Advance(TimeSpan.FromMinutes(2));
        var attached = state.AttachConfiguration(3, "FAB-RTR01", "cokafor");
        var whileAttached = state.Configurations(3).Select(c => (int)c["id"]!).ToArray();
        time.Advance(TimeSpan.FromMinutes(2));
        state.DetachConfiguration(3, "FAB-RTR01", "fpatel");
        var missing = TestStates.Rejected(() => state.DetachConfiguration(3, "FAB-RTR01"));

        Assert.Equal((7, "fab-rtr01.fabrikam.local"), ((int)attached["id"]!, (string)attached["deviceIdentifier"]!));
        Assert.Equal([6, 7], whileAttached);
        Assert.Equal([6], state.Configurations(3).Select(c => (int)c["id"]!));
        Assert.Equal(("2026-01-05T09:04:00Z", "fpatel"), ((string)state.GetTicket(3)!["_info"]!["lastUpdated"]!, (string)state.GetTicket(3)!["_info"]!["updatedBy"]!));
        Assert.Equal(["updated:cokafor", "updated:fpatel"], deliveries.Select(d => $"{d.Action}:{d.MemberIdentifier}"));
        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public void SampleData_Tickets_HaveTheirConfigurationsAttached()
    {
        var state = TestStates.Seeded();

        var attached = Enumerable.Range(1, 7).Select(id => string.Join(",", state.Configurations(id).Select(c => (int)c["id"]!)));

        Assert.Equal(["1", "4", "6", "", "", "1,2", "4"], attached);
    }

    private static void Register(SandboxState state) =>
        state.SaveCallbackCore(null, _ => new JsonObject
        {
            ["url"] = "https://bridge.example/?id=", ["objectId"] = 1, ["type"] = "ticket", ["level"] = "owner",
        }, SandboxState.ApiMemberIdentifier);
}

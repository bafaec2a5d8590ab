using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;
using Bridge.Sandbox.Data;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Data;

/// <summary>Project tickets share the ticket id space and the ticket callbacks, but not the service resources.</summary>
public sealed class ProjectTicketTests
{
    private const string Api = SandboxState.ApiMemberIdentifier;

    [Fact]
    public void SampleData_ProjectTickets_FollowTheServiceTicketsOnTheProjectBoard()
    {
        var state = TestStates.Seeded();

        var projects = state.ProjectTickets;

        Assert.Equal([6, 7], TestStates.Ids(projects));
        Assert.Equal([1, 2, 3, 4, 5], TestStates.Ids(state.Tickets));
        Assert.Equal(5, state.TicketCount);
        Assert.Equal(("ProjectTicket", "ProjectIssue"), ((string)projects[0]["recordType"]!, (string)projects[1]["recordType"]!));
        Assert.Equal("Server migration \u2013 cut-over", (string)projects[0]["summary"]!);
        Assert.Equal(("NorthwindDental", 1, "In Progress", 14), ((string)projects[0]["company"]!["identifier"]!,
            (int)projects[0]["priority"]!["id"]!, (string)projects[0]["status"]!["name"]!, (int)projects[0]["status"]!["id"]!));
        Assert.All(projects, p => Assert.Equal((3, "Projects"), ((int)p["board"]!["id"]!, (string)p["board"]!["name"]!)));
        Assert.EndsWith("project/tickets/6/notes", (string)projects[0]["_info"]!["notes_href"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateProjectTicket_WithoutBoard_TakesTheProjectBoardAndItsDefaultStatus()
    {
        var state = TestStates.Seeded();

        var ticket = state.CreateProjectTicket("FabrikamRetail", "POS roll-out wave 2", t => t.Priority(3));

        Assert.Equal(8, (int)ticket["id"]!);
        Assert.Equal("ProjectTicket", (string)ticket["recordType"]!);
        Assert.Equal(("Projects", "New", 13), ((string)ticket["board"]!["name"]!, (string)ticket["status"]!["name"]!, (int)ticket["status"]!["id"]!));
        Assert.Equal([6, 7, 8], TestStates.Ids(state.ProjectTickets));
        Assert.Equal(5, state.TicketCount);
    }

    [Fact]
    public void CreateProjectTicket_OnAServiceBoard_IsInvalidBoard()
    {
        var state = TestStates.Seeded();

        var error = TestStates.Rejected(() => state.CreateProjectTicket("FabrikamRetail", "x", t => t.Board("Service Desk")));

        var item = Assert.Single(error.Errors);
        Assert.Equal(("InvalidField", "board", "ProjectTicket"), (item.Code, item.Field, item.Resource));
        Assert.Contains("not a project board", item.Message, StringComparison.Ordinal);
        Assert.Equal(2, state.ProjectTickets.Count);
    }

    [Fact]
    public void UpdateTicket_ServiceTicketOntoTheProjectBoard_IsInvalidBoard()
    {
        var state = TestStates.Seeded();

        var error = TestStates.Rejected(() => state.UpdateTicket(1, t => t.Board("Projects")));

        Assert.Equal("board", Assert.Single(error.Errors).Field);
        Assert.Equal("Service Desk", (string)state.GetTicket(1)!["board"]!["name"]!);
    }

    [Fact]
    public void UpdateTicket_ProjectTicketWithAServiceDeskStatus_IsRejectedAndCompletedClosesIt()
    {
        var state = TestStates.Seeded();

        var error = TestStates.Rejected(() => state.UpdateTicket(6, t => t.Status("Assigned")));
        var completed = state.UpdateTicket(6, t => t.Status("Completed"), "ejohansson");

        Assert.Equal("status", Assert.Single(error.Errors).Field);
        Assert.Equal((15, true, "ejohansson"), ((int)completed["status"]!["id"]!, (bool)completed["closedFlag"]!, (string)completed["closedBy"]!));
        Assert.Equal("ProjectTicket", (string)completed["recordType"]!);
    }

    [Theory]
    [InlineData(6, "ProjectTicket")]
    [InlineData(7, "ProjectIssue")]
    [InlineData(1, "ServiceTicket")]
    public void CreateTimeEntryCore_ChargeTypeOfTheTicketsOwnRecordType_IsAccepted(int ticketId, string chargeToType)
    {
        var state = TestStates.Seeded();

        var entry = state.CreateTimeEntryCore(Entry(ticketId, chargeToType), Api);

        Assert.Equal((ticketId, chargeToType), ((int)entry["chargeToId"]!, (string)entry["chargeToType"]!));
        Assert.Equal(1m, (decimal)state.GetTicket(ticketId)!["actualHours"]!);
        Assert.Equal(ticketId, (int)entry["ticket"]!["id"]!);
    }

    [Theory]
    [InlineData(6, "ServiceTicket", "Service ticket 6 was not found.")]
    [InlineData(7, "ServiceTicket", "Service ticket 7 was not found.")]
    [InlineData(1, "ProjectTicket", "Project ticket 1 was not found.")]
    [InlineData(1, "ProjectIssue", "Project issue 1 was not found.")]
    [InlineData(7, "ProjectTicket", "Project ticket 7 was not found.")]
    public void CreateTimeEntryCore_ChargeTypeOfTheOtherKind_IsInvalidChargeToId(int ticketId, string chargeToType, string message)
    {
        var state = TestStates.Seeded();

        var error = TestStates.Rejected(() => state.CreateTimeEntryCore(Entry(ticketId, chargeToType), Api));

        Assert.Equal((400, "InvalidObject", "TimeEntry object is invalid"), (error.StatusCode, error.Code, error.Message));
        var item = Assert.Single(error.Errors);
        Assert.Equal(("InvalidField", "chargeToId", message), (item.Code, item.Field, item.Message));
        Assert.Empty(state.TimeEntries(ticketId));
    }

    [Fact]
    public void AddTimeEntry_ProjectTicket_ChargesAsProjectTicketStampsItAndSendsItsCallback()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(time, deliveries);
        Register(state, "owner", 1);
        time.Advance(TimeSpan.FromMinutes(20));

        var entry = state.AddTimeEntry(6, TestStates.Start, TestStates.Start.AddMinutes(90), "ejohansson");

        Assert.Equal("ProjectTicket", (string)entry["chargeToType"]!);
        var ticket = state.GetTicket(6)!;
        Assert.Equal((1.5m, "2026-01-05T09:20:00Z"), ((decimal)ticket["actualHours"]!, (string)ticket["_info"]!["lastUpdated"]!));
        var delivery = Assert.Single(deliveries);
        Assert.Equal(("ticket", "updated", 6, "ejohansson"), (delivery.Type, delivery.Action, delivery.EntityId, delivery.MemberIdentifier));
        Assert.Equal("ProjectTicket", (string)JsonNode.Parse(delivery.EntityJson!)!["recordType"]!);
    }

    [Fact]
    public void AddNote_ProjectIssue_StampsItAndSendsAnUpdatedCallbackWithItsRecordType()
    {
        var time = new FakeTimeProvider(TestStates.Start);
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(time, deliveries);
        Register(state, "owner", 1);
        time.Advance(TimeSpan.FromMinutes(7));

        state.AddNote(7, "Retried the move batch.", internalNote: true, memberIdentifier: "cokafor");

        Assert.Equal("2026-01-05T09:07:00Z", (string)state.GetTicket(7)!["_info"]!["lastUpdated"]!);
        Assert.Equal(2, state.Notes(7).Count);
        var delivery = Assert.Single(deliveries);
        Assert.Equal(("updated", 7), (delivery.Action, delivery.EntityId));
        Assert.Equal("ProjectIssue", (string)JsonNode.Parse(delivery.EntityJson!)!["recordType"]!);
    }

    [Fact]
    public void Publish_BoardRegistrations_ProjectBoardHearsProjectTicketsOnly()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        Register(state, "board", 3, "https://projects.example/");
        Register(state, "board", 1, "https://desk.example/");
        Register(state, "owner", 1, "https://all.example/");

        state.UpdateTicket(6, t => t.Priority(2));
        state.UpdateTicket(1, t => t.Priority(2));
        var created = state.CreateProjectIssue("ContosoLaw", "Licences short by two");

        Assert.Equal(["projects:6", "all:6", "desk:1", "all:1", $"projects:{created["id"]}", $"all:{created["id"]}"],
            deliveries.Select(d => $"{new Uri(d.Url).Host.Split('.')[0]}:{d.EntityId}"));
        Assert.Equal("added", deliveries[^1].Action);
        Assert.Equal("ProjectIssue", (string)JsonNode.Parse(deliveries[^1].EntityJson!)!["recordType"]!);
    }

    [Fact]
    public void DeleteTicket_ProjectTicket_SendsDeletedWithoutEntityAndRemovesIt()
    {
        var deliveries = new List<CallbackDelivery>();
        var state = TestStates.Seeded(deliveries: deliveries);
        Register(state, "board", 3);
        var attachedBefore = state.Read(s => s.TicketConfigurations.Of(6));

        state.DeleteTicket(6, "gmoreau");

        var delivery = Assert.Single(deliveries);
        Assert.Equal(("ticket", "deleted", 6, "gmoreau"), (delivery.Type, delivery.Action, delivery.EntityId, delivery.MemberIdentifier));
        Assert.Null(delivery.EntityJson);
        Assert.Null(state.GetTicket(6));
        Assert.Empty(state.Notes(6));
        Assert.Equal([1, 2], attachedBefore);
        Assert.Empty(state.Read(s => s.TicketConfigurations.Of(6)));
    }

    private static JsonObject Entry(int ticketId, string chargeToType) => new()
    {
        ["chargeToId"] = ticketId,
        ["chargeToType"] = chargeToType,
        ["timeStart"] = "2026-01-05T10:00:00Z",
        ["timeEnd"] = "2026-01-05T11:00:00Z",
    };

    private static void Register(SandboxState state, string level, int objectId, string url = "https://bridge.example/?id=") =>
        state.SaveCallbackCore(null, _ => new JsonObject { ["url"] = url, ["objectId"] = objectId, ["type"] = "ticket", ["level"] = level }, Api);
}

using System.Net;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Api;

/// <summary>
/// <c>/service/tickets</c> and <c>/project/tickets</c> over real HTTP: one id space, two resources, each 404 for
/// the other's ids. Sample: 1–5 service tickets, 6 ProjectTicket (Northwind P1), 7 ProjectIssue (Contoso P2).
/// </summary>
public sealed class ProjectTicketEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TestStates.Start);
    private SandboxServer _server = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _time });
        _client = _server.CreateApiClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Theory]
    [InlineData("service/tickets?pageSize=100", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("service/tickets?conditions=priority/id%3D1", new[] { 1 })]
    [InlineData("project/tickets", new[] { 6, 7 })]
    [InlineData("project/tickets?conditions=recordType%3D'ProjectIssue'", new[] { 7 })]
    public async Task List_EachResource_ListsOnlyItsOwnKind(string url, int[] expected)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, (await response.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
    }

    [Fact]
    public async Task Count_EachResource_CountsOnlyItsOwnKind()
    {
        var service = await (await _client.GetAsync("service/tickets/count")).JsonAsync();
        var project = await (await _client.GetAsync("project/tickets/count?conditions=closedFlag%3Dfalse")).JsonAsync();

        Assert.Equal((5, 2), ((int)service!["count"]!, (int)project!["count"]!));
    }

    [Fact]
    public async Task SearchAndForwardOnly_ServiceTickets_SkipProjectTickets()
    {
        using var search = await _client.PostJsonAsync("service/tickets/search?fields=id", "{\"conditions\":\"id >= 5\"}");
        using var request = new HttpRequestMessage(HttpMethod.Get, "service/tickets?pageSize=3&pageId=3&fields=id");
        request.Headers.Add("pagination-type", "forward-only");
        using var forward = await _client.SendAsync(request);

        Assert.Equal([5], (await search.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
        Assert.Equal([4, 5], (await forward.JsonAsync())!.AsArray().Select(t => (int)t!["id"]!));
        Assert.Equal(string.Empty, Assert.Single(forward.Headers.GetValues("Link")));
    }

    [Theory]
    [InlineData("service/tickets/6", "Ticket 6 not found")]
    [InlineData("service/tickets/7", "Ticket 7 not found")]
    [InlineData("project/tickets/1", "ProjectTicket 1 not found")]
    [InlineData("service/tickets/6/notes", "Ticket 6 not found")]
    [InlineData("project/tickets/5/notes", "ProjectTicket 5 not found")]
    [InlineData("service/tickets/6/configurations", "Ticket 6 not found")]
    public async Task Get_IdOfTheOtherKind_Is404NotFound(string url, string message)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("NotFound", message), ((string)body!["code"]!, (string)body["message"]!));
    }

    [Fact]
    public async Task Get_ProjectTicket_HasItsRecordTypeAndProjectLinks()
    {
        var ticket = await (await _client.GetAsync("project/tickets/6")).JsonAsync();

        Assert.Equal(("ProjectTicket", "Server migration \u2013 cut-over", "Projects"),
            ((string)ticket!["recordType"]!, (string)ticket["summary"]!, (string)ticket["board"]!["name"]!));
        Assert.Equal(_server.ApiBaseAddress + "project/tickets/6/configurations", (string)ticket["_info"]!["configurations_href"]!);
    }

    [Fact]
    public async Task Patch_ProjectTicketThroughServiceTickets_Is404AndChangesNothing()
    {
        var before = _server.State.GetTicket(6)!.ToJsonString();

        using var viaService = await _client.PatchJsonAsync("service/tickets/6", "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"x\"}]");
        using var put = await _client.PutAsync("service/tickets/6", Http.Json("{\"summary\":\"x\",\"company\":{\"id\":1}}"));
        using var delete = await _client.DeleteAsync("service/tickets/7");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { viaService.StatusCode, put.StatusCode, delete.StatusCode });
        Assert.Equal(before, _server.State.GetTicket(6)!.ToJsonString());
        Assert.NotNull(_server.State.GetTicket(7));
    }

    [Fact]
    public async Task Patch_ServiceTicketThroughProjectTickets_Is404()
    {
        using var response = await _client.PatchJsonAsync("project/tickets/1", "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"x\"}]");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("DC01 not responding - nobody can log in", (string)_server.State.GetTicket(1)!["summary"]!);
    }

    [Fact]
    public async Task Patch_ProjectTicketStatus_UsesTheProjectBoardsStatusesAndStamps()
    {
        _time.Advance(TimeSpan.FromMinutes(4));

        using var completed = await _client.PatchJsonAsync("project/tickets/6", "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"name\":\"Completed\"}}]");
        using var wrongBoard = await _client.PatchJsonAsync("project/tickets/7", "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":2}}]");
        var ticket = await completed.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal((15, true, "2026-01-05T09:04:00Z", "bridgeapi"),
            ((int)ticket!["status"]!["id"]!, (bool)ticket["closedFlag"]!, (string)ticket["_info"]!["lastUpdated"]!, (string)ticket["_info"]!["updatedBy"]!));
        Assert.Equal(HttpStatusCode.BadRequest, wrongBoard.StatusCode);
        Assert.Equal("status", (string)(await wrongBoard.JsonAsync())!["errors"]![0]!["field"]!);
    }

    [Fact]
    public async Task Put_ProjectTicket_ReplacesItAndKeepsRecordType()
    {
        using var response = await _client.PutAsync("project/tickets/7",
            Http.Json("{\"summary\":\"Mailbox migration finished\",\"company\":{\"identifier\":\"ContosoLaw\"},\"board\":{\"id\":3}}"));
        var ticket = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("Mailbox migration finished", "ProjectIssue", "New"), ((string)ticket!["summary"]!, (string)ticket["recordType"]!, (string)ticket["status"]!["name"]!));
        Assert.Null(ticket["owner"]);
    }

    [Fact]
    public async Task Put_ProjectTicketOntoAServiceBoard_Is400InvalidBoard()
    {
        using var response = await _client.PutAsync("project/tickets/7",
            Http.Json("{\"summary\":\"x\",\"company\":{\"identifier\":\"ContosoLaw\"},\"board\":{\"id\":1}}"));
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidObject", "board", "ProjectTicket"),
            ((string)body!["code"]!, (string)body["errors"]![0]!["field"]!, (string)body["errors"]![0]!["resource"]!));
    }

    [Fact]
    public async Task Delete_ProjectTicket_Returns204ThenBothResources404()
    {
        using var deleted = await _client.DeleteAsync("project/tickets/7");
        using var project = await _client.GetAsync("project/tickets/7");
        using var service = await _client.GetAsync("service/tickets/7");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (project.StatusCode, service.StatusCode));
    }

    [Fact]
    public async Task Notes_PostOnProjectTicket_ListsItAndStampsTheTicket()
    {
        _time.Advance(TimeSpan.FromMinutes(12));

        using var posted = await _client.PostJsonAsync("project/tickets/6/notes", "{\"text\":\"Cut-over paused: DNS not replicated\",\"internalAnalysisFlag\":true}");
        var notes = (await (await _client.GetAsync("project/tickets/6/notes?orderBy=id%20desc")).JsonAsync())!.AsArray();
        using var viaService = await _client.PostJsonAsync("service/tickets/6/notes", "{\"text\":\"x\",\"internalAnalysisFlag\":true}");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(("Cut-over paused: DNS not replicated", 6), ((string)notes[0]!["text"]!, (int)notes[0]!["ticketId"]!));
        Assert.Equal(2, notes.Count);
        Assert.Equal("2026-01-05T09:12:00Z", (string)_server.State.GetTicket(6)!["_info"]!["lastUpdated"]!);
        Assert.Equal(HttpStatusCode.NotFound, viaService.StatusCode);
        Assert.Equal(2, _server.State.Notes(6).Count);
    }

    [Theory]
    [InlineData(6, "ProjectTicket", HttpStatusCode.Created)]
    [InlineData(7, "ProjectIssue", HttpStatusCode.Created)]
    [InlineData(6, "ServiceTicket", HttpStatusCode.BadRequest)]
    [InlineData(1, "ProjectTicket", HttpStatusCode.BadRequest)]
    [InlineData(1, "ServiceTicket", HttpStatusCode.Created)]
    public async Task TimeEntries_ChargeToTypeMustMatchTheTicketsKind(int ticketId, string chargeToType, HttpStatusCode expected)
    {
        using var response = await _client.PostJsonAsync("time/entries",
            $"{{\"chargeToId\":{ticketId},\"chargeToType\":\"{chargeToType}\",\"member\":{{\"identifier\":\"ejohansson\"}},\"timeStart\":\"2026-01-05T08:00:00Z\",\"timeEnd\":\"2026-01-05T08:30:00Z\"}}");
        var body = await response.JsonAsync();

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.Equal(("InvalidObject", "InvalidField", "chargeToId", "TimeEntry"), ((string)body!["code"]!,
                (string)body["errors"]![0]!["code"]!, (string)body["errors"]![0]!["field"]!, (string)body["errors"]![0]!["resource"]!));
            Assert.Empty(_server.State.TimeEntries(ticketId));
        }
        else
        {
            Assert.Equal(0.5m, (decimal)_server.State.GetTicket(ticketId)!["actualHours"]!);
        }
    }

    [Fact]
    public async Task Callback_OwnerRegistrationThroughTheApi_DeliversProjectTicketChangesAsTicketType()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        using var registered = await _client.PostJsonAsync("system/callbacks",
            $"{{\"url\":\"{receiver.Address}cw?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}}");

        _server.State.UpdateTicket(6, t => t.Status("Completed"), "ejohansson");
        var callback = JsonNode.Parse((await receiver.NextAsync()).Body)!;

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(("ticket", "updated", 6, "ejohansson"), ((string)callback["Type"]!, (string)callback["Action"]!, (int)callback["ID"]!, (string)callback["MemberId"]!));
        var entity = JsonNode.Parse((string)callback["Entity"]!)!;
        Assert.Equal(("ProjectTicket", "Completed", 3), ((string)entity["recordType"]!, (string)entity["status"]!["name"]!, (int)entity["board"]!["id"]!));
    }
}

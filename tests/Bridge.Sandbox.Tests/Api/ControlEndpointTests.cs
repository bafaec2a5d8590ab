using System.Net;
using Bridge.Sandbox.Tests.Support;

namespace Bridge.Sandbox.Tests.Api;

public sealed class ControlEndpointTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private HttpClient _control = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync();
        _control = new HttpClient { BaseAddress = _server.ControlAddress };
    }

    public async Task DisposeAsync()
    {
        _control.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Root_WithoutAuth_DescribesCredentials()
    {
        var info = await (await _control.GetAsync("")).JsonAsync();

        Assert.Equal(_server.ApiBaseAddress.ToString(), (string)info!["apiBaseAddress"]!);
        Assert.Equal(_server.AuthorizationHeaderValue, (string)info["authorization"]!);
        Assert.Equal(5, (int)info["tickets"]!);
        Assert.Equal(2, (int)info["projectTickets"]!);
    }

    [Fact]
    public async Task Tickets_CreateWithProjectRecordType_MakesAProjectTicketOnTheProjectBoard()
    {
        using var created = await _control.PostJsonAsync("tickets?member=ejohansson",
            "{\"recordType\":\"projectissue\",\"summary\":\"Firewall rules missing after migration\",\"company\":\"NorthwindDental\",\"priority\":1}");
        var ticket = await created.JsonAsync();
        using var api = _server.CreateApiClient();
        using var viaService = await api.GetAsync($"service/tickets/{ticket!["id"]}");
        using var viaProject = await api.GetAsync($"project/tickets/{ticket["id"]}");
        using var invalid = await _control.PostJsonAsync("tickets", "{\"recordType\":\"Opportunity\",\"summary\":\"x\",\"company\":\"NorthwindDental\"}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("ProjectIssue", "Projects", "ejohansson"), ((string)ticket["recordType"]!, (string)ticket["board"]!["name"]!, (string)ticket["_info"]!["enteredBy"]!));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (viaService.StatusCode, viaProject.StatusCode));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(3, _server.State.ProjectTickets.Count);
    }

    [Fact]
    public async Task Tickets_CreateAndPatchWithShortcuts_ActAsTheNamedMember()
    {
        using var created = await _control.PostJsonAsync("tickets?member=fpatel",
            "{\"summary\":\"Server room too hot\",\"company\":\"NorthwindDental\",\"priority\":1,\"type\":\"Server\"}");
        var id = (int)(await created.JsonAsync())!["id"]!;
        using var patched = await _control.PatchJsonAsync($"tickets/{id}?member=anguyen", "{\"status\":\"In Progress\",\"owner\":\"anguyen\"}");
        var ticket = _server.State.GetTicket(id)!;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(("Priority 1 - Emergency Response", "In Progress", "anguyen"),
            ((string)ticket["priority"]!["name"]!, (string)ticket["status"]!["name"]!, (string)ticket["owner"]!["identifier"]!));
        Assert.Equal(("fpatel", "anguyen"), ((string)ticket["_info"]!["enteredBy"]!, (string)ticket["_info"]!["updatedBy"]!));
        Assert.Equal(0, _server.Requests.Count());
    }

    [Fact]
    public async Task Tickets_InvalidStatus_AnswersConnectWiseError()
    {
        using var response = await _control.PatchJsonAsync("tickets/1", "{\"status\":\"Nope\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidObject", (string)(await response.JsonAsync())!["code"]!);
    }

    [Fact]
    public async Task Faults_PostedFailNext_AppliesToTheApi()
    {
        using var set = await _control.PostJsonAsync("faults", "{\"failNext\":{\"count\":1,\"statusCode\":429,\"retryAfterSeconds\":3},\"dropCallbacks\":true}");
        using var api = _server.CreateApiClient();
        using var throttled = await api.GetAsync("service/tickets");

        Assert.Equal(1, (int)(await set.JsonAsync())!["pendingFailures"]!);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("3", throttled.Headers.GetValues("Retry-After").Single());
        Assert.True(_server.Faults.DropCallbacks);
    }

    [Fact]
    public async Task Requests_AfterApiCalls_AreCountedByStatus()
    {
        using var api = _server.CreateApiClient();
        (await api.GetAsync("service/tickets")).Dispose();
        (await api.GetAsync("service/tickets/404")).Dispose();

        var summary = await (await _control.GetAsync("requests?pathContains=service/tickets")).JsonAsync();

        Assert.Equal(2, (int)summary!["count"]!);
        Assert.Equal(1, (int)summary["byStatus"]!["404"]!);
    }

    [Fact]
    public async Task Reset_AfterChanges_RestoresSampleDataAndKeepsRegistrations()
    {
        _server.State.CreateTicket("ContosoLaw", "Extra");
        _server.State.SaveCallbackCore(null, _ => new System.Text.Json.Nodes.JsonObject
        {
            ["url"] = "https://bridge.example/?id=", ["objectId"] = 1, ["type"] = "ticket", ["level"] = "owner",
        }, "bridgeapi");

        using var response = await _control.PostAsync("reset", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, _server.State.TicketCount);
        Assert.Single(_server.State.CallbackRegistrations);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Api;

/// <summary>
/// <c>…/tickets/{id}/configurations</c> over real HTTP. Sample: ticket 1 has NWD-DC01 (id 1), ticket 5 none,
/// project ticket 6 both; CLAW-SW01 (5) has no device identifier.
/// </summary>
public sealed class TicketConfigurationEndpointTests : IAsyncLifetime
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

    [Fact]
    public async Task List_TicketConfigurations_AreReferencesWithDeviceIdentifierButNoName()
    {
        using var response = await _client.GetAsync("service/tickets/1/configurations");
        var item = Assert.Single((await response.JsonAsync())!.AsArray())!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["id", "deviceIdentifier", "_info"], item.Select(p => p.Key));
        Assert.Equal((1, "nwd-dc01.northwind.local"), ((int)item["id"]!, (string)item["deviceIdentifier"]!));
        Assert.Equal(["configuration_href"], item["_info"]!.AsObject().Select(p => p.Key));
        Assert.Equal(_server.ApiBaseAddress + "company/configurations/1", (string)item["_info"]!["configuration_href"]!);
        Assert.Contains("first", response.Links().Keys);
    }

    [Fact]
    public async Task ListAndCount_ProjectTicketConfigurations_AreServedUnderProjectTickets()
    {
        var list = (await (await _client.GetAsync("project/tickets/6/configurations?fields=id")).JsonAsync())!.AsArray();
        var count = await (await _client.GetAsync("project/tickets/6/configurations/count")).JsonAsync();
        using var one = await _client.GetAsync("project/tickets/6/configurations/2");
        using var notAttached = await _client.GetAsync("project/tickets/6/configurations/3");

        Assert.Equal([1, 2], list.Select(c => (int)c!["id"]!));
        Assert.All(list, c => Assert.Equal(["id"], c!.AsObject().Select(p => p.Key)));
        Assert.Equal(2, (int)count!["count"]!);
        Assert.Equal("nwd-fs01.northwind.local", (string)(await one.JsonAsync())!["deviceIdentifier"]!);
        Assert.Equal(HttpStatusCode.NotFound, notAttached.StatusCode);
    }

    [Fact]
    public async Task CompanyConfigurations_IdInConditionWithFields_GivesTheNames()
    {
        using var response = await _client.GetAsync("company/configurations?conditions=id%20in%20(1,2,5)&fields=id,name");
        var rows = (await response.JsonAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["1:NWD-DC01", "2:NWD-FS01", "5:CLAW-SW01"], rows.Select(r => $"{r!["id"]}:{r["name"]}"));
        Assert.All(rows, r => Assert.Equal(["id", "name"], r!.AsObject().Select(p => p.Key)));
    }

    [Fact]
    public async Task CompanyConfigurations_Full_CarryTheDeviceIdentifierExceptWhereNoneIsSet()
    {
        var rows = (await (await _client.GetAsync("company/configurations?fields=name,deviceIdentifier")).JsonAsync())!.AsArray();

        Assert.Equal(7, rows.Count);
        Assert.Equal("claw-exch01.contosolaw.local", (string)rows[3]!["deviceIdentifier"]!);
        Assert.Null(rows[4]!["deviceIdentifier"]);
        Assert.Equal("CLAW-SW01", (string)rows[4]!["name"]!);
    }

    [Fact]
    public async Task Post_AttachesStampsTheTicketAndSendsItsUpdatedCallback()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await Register(receiver);
        _time.Advance(TimeSpan.FromMinutes(3));

        using var posted = await _client.PostJsonAsync("service/tickets/2/configurations", "{\"id\":5}");
        var reference = await posted.JsonAsync();
        var callback = JsonNode.Parse((await receiver.NextAsync()).Body)!;
        var list = (await (await _client.GetAsync("service/tickets/2/configurations")).JsonAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal(["id", "_info"], reference!.AsObject().Select(p => p.Key));
        Assert.Equal([4, 5], list.Select(c => (int)c!["id"]!));
        var ticket = _server.State.GetTicket(2)!;
        Assert.Equal(("2026-01-05T09:03:00Z", "bridgeapi"), ((string)ticket["_info"]!["lastUpdated"]!, (string)ticket["_info"]!["updatedBy"]!));
        Assert.Equal(("updated", 2, "bridgeapi"), ((string)callback["Action"]!, (int)callback["ID"]!, (string)callback["MemberId"]!));
    }

    [Fact]
    public async Task Post_AlreadyAttached_Is400ObjectExistsAndDoesNotStamp()
    {
        var before = (string)_server.State.GetTicket(1)!["_info"]!["lastUpdated"]!;
        _time.Advance(TimeSpan.FromMinutes(3));

        using var response = await _client.PostJsonAsync("service/tickets/1/configurations", "{\"id\":1}");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(("InvalidObject", "ObjectExists", "id"), ((string)body!["code"]!, (string)body["errors"]![0]!["code"]!, (string)body["errors"]![0]!["field"]!));
        Assert.Equal(before, (string)_server.State.GetTicket(1)!["_info"]!["lastUpdated"]!);
    }

    [Theory]
    [InlineData("service/tickets/1/configurations", "{\"id\":99}", HttpStatusCode.NotFound, "NotFound")]
    [InlineData("service/tickets/99/configurations", "{\"id\":1}", HttpStatusCode.NotFound, "NotFound")]
    [InlineData("service/tickets/6/configurations", "{\"id\":3}", HttpStatusCode.NotFound, "NotFound")]
    [InlineData("service/tickets/1/configurations", "{}", HttpStatusCode.BadRequest, "InvalidObject")]
    [InlineData("service/tickets/1/configurations", "{\"name\":\"NWD-FW01\"}", HttpStatusCode.BadRequest, "ConnectWiseApi")]
    public async Task Post_InvalidAttachment_IsRefused(string url, string body, HttpStatusCode expected, string code)
    {
        using var response = await _client.PostJsonAsync(url, body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(code, (string)(await response.JsonAsync())!["code"]!);
        Assert.Equal([1], _server.State.Configurations(1).Select(c => (int)c["id"]!));
    }

    [Fact]
    public async Task Delete_DetachesStampsAndSendsTheCallbackThenA404()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await Register(receiver);
        _time.Advance(TimeSpan.FromMinutes(8));

        using var deleted = await _client.DeleteAsync("project/tickets/6/configurations/1");
        var callback = JsonNode.Parse((await receiver.NextAsync()).Body)!;
        using var again = await _client.DeleteAsync("project/tickets/6/configurations/1");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal([2], _server.State.Configurations(6).Select(c => (int)c["id"]!));
        Assert.Equal("2026-01-05T09:08:00Z", (string)_server.State.GetTicket(6)!["_info"]!["lastUpdated"]!);
        Assert.Equal(("updated", 6), ((string)callback["Action"]!, (int)callback["ID"]!));
        Assert.Equal("ProjectTicket", (string)JsonNode.Parse((string)callback["Entity"]!)!["recordType"]!);
    }

    [Fact]
    public async Task Control_AttachByName_ActsAsTheNamedMember()
    {
        using var control = new HttpClient { BaseAddress = _server.ControlAddress };

        using var posted = await control.PostJsonAsync("tickets/4/configurations?member=dschmidt", "{\"name\":\"NWD-FW01\"}");
        using var detached = await control.DeleteAsync("tickets/4/configurations/3?member=dschmidt");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("nwd-fw01.northwind.local", (string)(await posted.JsonAsync())!["deviceIdentifier"]!);
        Assert.Equal(HttpStatusCode.NoContent, detached.StatusCode);
        Assert.Empty(_server.State.Configurations(4));
        Assert.Equal("dschmidt", (string)_server.State.GetTicket(4)!["_info"]!["updatedBy"]!);
    }

    private async Task Register(CallbackReceiver receiver)
    {
        using var registered = await _client.PostJsonAsync("system/callbacks",
            $"{{\"url\":\"{receiver.Address}cw?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}}");
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
    }
}

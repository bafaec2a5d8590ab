using System.Net;
using Bridge.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Sandbox.Tests.Api;

public sealed class WriteEndpointTests : IAsyncLifetime
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
    public async Task PostTicket_Valid_Returns201WithProjectedEntity()
    {
        using var response = await _client.PostJsonAsync("service/tickets?fields=id,summary,company,status/name",
            "{\"summary\":\"Scanner offline\",\"company\":{\"identifier\":\"FabrikamRetail\"},\"priority\":{\"id\":4}}");
        var ticket = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["id", "summary", "status", "company"], ticket!.AsObject().Select(p => p.Key));
        Assert.Equal("Fabrikam Retail", (string)ticket["company"]!["name"]!);
        Assert.Equal(4, (int)_server.State.GetTicket((int)ticket["id"]!)!["priority"]!["id"]!);
        Assert.Equal("{\"summary\":\"Scanner offline\",\"company\":{\"identifier\":\"FabrikamRetail\"},\"priority\":{\"id\":4}}", _server.Requests.Entries[^1].Body);
    }

    [Fact]
    public async Task PostTicket_UnknownMember_Returns400WithJsonNetStylePosition()
    {
        using var response = await _client.PostJsonAsync("service/tickets", "{\"summary\":\"x\",\"enteredBy\":\"y\",\"company\":{\"id\":1}}");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Could not find member 'enteredBy' on object of type 'Ticket'. Path 'enteredBy', line 1, position 26.", (string)body!["message"]!);
    }

    [Fact]
    public async Task PostTicket_MissingRequiredFields_Returns400InvalidObjectErrors()
    {
        using var response = await _client.PostJsonAsync("service/tickets", "{\"company\":{\"id\":1}}");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidObject", (string)body!["code"]!);
        var error = body["errors"]![0]!;
        Assert.Equal(("MissingRequiredField", "summary", "Ticket"), ((string)error["code"]!, (string)error["field"]!, (string)error["resource"]!));
    }

    [Fact]
    public async Task PatchTicket_StatusAndOwner_Returns200WithFullEntityAndNewStamp()
    {
        _time.Advance(TimeSpan.FromMinutes(3));

        using var response = await _client.PatchJsonAsync("service/tickets/1",
            "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":2}},{\"op\":\"add\",\"path\":\"/owner\",\"value\":{\"identifier\":\"anguyen\"}}]");
        var ticket = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Assigned", (string)ticket!["status"]!["name"]!);
        Assert.Equal("anguyen", (string)ticket["owner"]!["identifier"]!);
        Assert.NotNull(ticket["summary"]);
        Assert.Equal("2026-01-05T09:03:00Z", (string)ticket["_info"]!["lastUpdated"]!);
        Assert.Equal("bridgeapi", (string)ticket["_info"]!["updatedBy"]!);
    }

    [Fact]
    public async Task PatchTicket_TwiceAtTheSameInstant_BothShareLastUpdatedAndGetReturnsTheSecond()
    {
        _time.Advance(TimeSpan.FromSeconds(61.7));

        using var first = await _client.PatchJsonAsync("service/tickets/3", "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"POS 3 slow (first save)\"}]");
        using var second = await _client.PatchJsonAsync("service/tickets/3", "[{\"op\":\"replace\",\"path\":\"summary\",\"value\":\"POS 3 slow (second save)\"}]");
        var stamps = new[] { await first.JsonAsync(), await second.JsonAsync() }.Select(t => (string)t!["_info"]!["lastUpdated"]!);
        var read = await (await _client.GetAsync("service/tickets/3?fields=summary,_info/lastUpdated")).JsonAsync();

        // Whole seconds and no bump: a poll on lastUpdated > [09:01:01] would miss the second save.
        Assert.Equal(["2026-01-05T09:01:01Z", "2026-01-05T09:01:01Z"], stamps);
        Assert.Equal(("POS 3 slow (second save)", "2026-01-05T09:01:01Z"), ((string)read!["summary"]!, (string)read["_info"]!["lastUpdated"]!));
    }

    [Fact]
    public async Task PatchTicket_StatusFromOtherBoard_Returns400AndLeavesTicket()
    {
        using var response = await _client.PatchJsonAsync("service/tickets/1", "[{\"op\":\"replace\",\"path\":\"status\",\"value\":{\"id\":9}}]");
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidObject", (string)body!["code"]!);
        Assert.Equal("status", (string)body["errors"]![0]!["field"]!);
        Assert.Equal("New", (string)_server.State.GetTicket(1)!["status"]!["name"]!);
    }

    [Fact]
    public async Task DeleteTicket_Existing_Returns204ThenGet404()
    {
        using var deleted = await _client.DeleteAsync("service/tickets/4");
        using var after = await _client.GetAsync("service/tickets/4");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Notes_PostThenList_ReturnsInitialDescriptionAndNewNote()
    {
        using var posted = await _client.PostJsonAsync("service/tickets/2/notes", "{\"text\":\"Paged bruiz via SMS\",\"internalAnalysisFlag\":true}");
        var list = (await (await _client.GetAsync("service/tickets/2/notes?orderBy=id%20desc")).JsonAsync())!.AsArray();
        var count = await (await _client.GetAsync("service/tickets/2/notes/count?conditions=internalAnalysisFlag=true")).JsonAsync();
        using var missing = await _client.GetAsync("service/tickets/99/notes");

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal("Paged bruiz via SMS", (string)list[0]!["text"]!);
        Assert.Equal(2, list.Count);
        Assert.Equal(1, (int)count!["count"]!);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TimeEntries_PostWithMilliseconds_Returns400UnsupportedFormat()
    {
        using var response = await _client.PostJsonAsync("time/entries",
            "{\"chargeToId\":1,\"chargeToType\":\"ServiceTicket\",\"timeStart\":\"2026-01-05T10:00:00.123Z\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnsupportedFormat", (string)(await response.JsonAsync())!["code"]!);
    }

    [Fact]
    public async Task TimeEntries_PostThenQueryByTicket_FindsTheEntry()
    {
        using var posted = await _client.PostJsonAsync("time/entries",
            "{\"chargeToId\":3,\"chargeToType\":\"ServiceTicket\",\"member\":{\"identifier\":\"cokafor\"},\"timeStart\":\"2026-01-05T22:00:00Z\",\"timeEnd\":\"2026-01-05T22:30:00Z\",\"workType\":{\"name\":\"After Hours\"},\"notes\":\"Paged: SMS delivered\"}");
        var found = (await (await _client.GetAsync("time/entries?conditions=chargeToId%3D3%20and%20chargeToType%3D%22ServiceTicket%22")).JsonAsync())!.AsArray();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var entry = Assert.Single(found)!;
        Assert.Equal(0.5m, (decimal)entry["actualHours"]!);
        Assert.Equal("After Hours", (string)entry["workType"]!["name"]!);
        Assert.Equal("2026-01-05T22:00:00Z", (string)entry["timeStart"]!);
    }

    [Fact]
    public async Task Callbacks_PostGetPatchDelete_RoundTrip()
    {
        using var created = await _client.PostJsonAsync("system/callbacks",
            "{\"url\":\"https://bridge.example/callbacks/connectwise?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\",\"description\":\"bridge\"}");
        var id = (int)(await created.JsonAsync())!["id"]!;
        using var duplicate = await _client.PostJsonAsync("system/callbacks",
            "{\"url\":\"https://bridge.example/callbacks/connectwise?id=\",\"objectId\":1,\"type\":\"ticket\",\"level\":\"owner\"}");
        using var patched = await _client.PatchJsonAsync($"system/callbacks/{id}", "[{\"op\":\"replace\",\"path\":\"inactiveFlag\",\"value\":true}]");
        var listed = (await (await _client.GetAsync("system/callbacks?conditions=inactiveFlag%3Dtrue")).JsonAsync())!.AsArray();
        using var deleted = await _client.DeleteAsync($"system/callbacks/{id}");
        using var gone = await _client.GetAsync($"system/callbacks/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("ObjectExists", (string)(await duplicate.JsonAsync())!["errors"]![0]!["code"]!);
        Assert.True((bool)(await patched.JsonAsync())!["inactiveFlag"]!);
        Assert.Equal(id, (int)Assert.Single(listed)!["id"]!);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task BoardStatuses_UnknownBoard_Returns404()
    {
        using var response = await _client.GetAsync("service/boards/77/statuses");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Board 77 not found", (string)(await response.JsonAsync())!["message"]!);
    }
}

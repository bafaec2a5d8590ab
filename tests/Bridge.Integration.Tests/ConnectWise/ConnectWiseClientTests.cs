using System.Diagnostics;
using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Polly.CircuitBreaker;

namespace Bridge.Integration.Tests.ConnectWise;

/// <summary>The bridge's ConnectWise client against the sandbox over real HTTP on loopback.</summary>
public sealed class ConnectWiseClientTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private ConnectWiseClientHost _client = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true });
        _client = ConnectWiseClientHost.For(_sandbox);
    }

    [Fact]
    public async Task Requests_EveryCall_CarriesAuthClientIdAndVersionedAccept()
    {
        _sandbox.Requests.Clear();

        await _client.Api.GetSystemInfoAsync();

        var request = Assert.Single(_sandbox.Requests.Entries, r => r.Path.EndsWith("system/info", StringComparison.Ordinal));
        Assert.Equal(200, request.StatusCode);
        Assert.True(request.HasAuthorization);
        Assert.Equal(_sandbox.Options.ClientId, request.Headers.First(h => h.Key.Equals("clientId", StringComparison.OrdinalIgnoreCase)).Value);
        Assert.Contains("application/vnd.connectwise.com+json; version=2025.1", request.Headers.First(h => h.Key.Equals("Accept", StringComparison.OrdinalIgnoreCase)).Value);
    }

    [Fact]
    public async Task GetTickets_WrongPrivateKey_Unauthorized()
    {
        await using var wrong = ConnectWiseClientHost.For(_sandbox, o => o.PrivateKey = "not-the-key");

        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() => wrong.Api.GetSystemInfoAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.DoesNotContain("not-the-key", ex.ToString());
    }

    [Fact]
    public async Task GetTickets_ConditionsWithQuotesBracketsInAndNestedFields_SelectExactlyTheMatches()
    {
        var since = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var quoted = _sandbox.State.CreateTicket("NorthwindDental", "Server \"DC01\" down at O'Brien's site", t => t.Priority(1));
        var other = _sandbox.State.CreateTicket("ContosoLaw", "Server \"DC01\" down at O'Brien's site", t => t.Priority(1));
        var lowPriority = _sandbox.State.CreateTicket("NorthwindDental", "Printer jam", t => t.Priority(4));

        var conditions = Conditions.Field("summary").Equal("Server \"DC01\" down at O'Brien's site")
            .And(Conditions.Field("company/identifier").In("NorthwindDental", "FabrikamRetail"))
            .And(Conditions.Field("lastUpdated").GreaterThan(since))
            .And(Conditions.Field("board/name").Equal("Service Desk"));
        var byPriority = Conditions.Field("priority/id").In(1, 2).And(Conditions.Field("company/identifier").Equal("NorthwindDental"));

        var matches = (await (await _client.Api.GetTicketsAsync(conditions: conditions)).EnsureConnectWiseSuccessAsync())!;
        var urgent = (await (await _client.Api.GetTicketsAsync(conditions: byPriority, pageSize: 1000)).EnsureConnectWiseSuccessAsync())!;

        var match = Assert.Single(matches);
        Assert.Equal((int)quoted["id"]!, match.Id);
        Assert.DoesNotContain(urgent, t => t.Id == (int)lowPriority["id"]!);
        Assert.DoesNotContain(urgent, t => t.Id == (int)other["id"]!);
        Assert.Contains(urgent, t => t.Id == (int)quoted["id"]!);
    }

    [Fact]
    public async Task GetTickets_UnknownConditionField_TypedExceptionWithConnectWiseMessage()
    {
        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(async () =>
            await (await _client.Api.GetTicketsAsync(conditions: Conditions.Field("invoiceDate").GreaterThan(DateTimeOffset.UnixEpoch))).EnsureConnectWiseSuccessAsync());

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("ApiFindCondition", ex.Code);
        Assert.Contains("invoiceDate is not a recognized name", ex.ServerMessage);
    }

    [Fact]
    public async Task EnumerateAsync_2500Tickets_ReadsEachOnceInThreePages()
    {
        _sandbox.State.CreateTickets(2500, (i, t) => t.Board("Alerts").Summary($"Disk alert {i}"));
        _sandbox.Requests.Clear();

        var ids = new List<int>();
        await foreach (var ticket in _client.Pager.EnumerateAsync<Ticket>((size, ct) =>
            _client.Api.GetTicketsAsync(conditions: Conditions.Field("board/name").Equal("Alerts").And(Conditions.Field("summary").Like("Disk alert *")), orderBy: "id asc", fields: "id,summary,_info/lastUpdated", page: 1, pageSize: size, cancellationToken: ct)))
        {
            ids.Add(ticket.Id!.Value);
        }

        Assert.Equal(2500, ids.Count);
        Assert.Equal(2500, ids.Distinct().Count());
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(3, _sandbox.Requests.Count("GET", "service/tickets"));
    }

    [Fact]
    public async Task PatchTicket_StatusReplace_ChangesStatusInConnectWise()
    {
        var created = _sandbox.State.CreateTicket("NorthwindDental", "Email server down");
        var id = (int)created["id"]!;
        var statuses = (await (await _client.Api.GetBoardStatusesAsync((int)created["board"]!["id"]!)).EnsureConnectWiseSuccessAsync())!;
        var inProgress = statuses.Single(s => s.Name == "In Progress");

        var patched = await _client.Api.PatchTicketAsync(id, [PatchOperation.Replace("status", new { id = inProgress.Id })]);

        Assert.Equal("In Progress", patched.Status?.Name);
        Assert.Equal("In Progress", (string?)_sandbox.State.GetTicket(id)!["status"]!["name"]);
        Assert.True(patched.Info!.LastUpdated >= DateTimeOffset.Parse((string)created["_info"]!["lastUpdated"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CreateTicket_MissingSummary_TypedExceptionCarriesValidationErrors()
    {
        var ex = await Assert.ThrowsAsync<ConnectWiseApiException>(() =>
            _client.Api.CreateTicketAsync(new Ticket { Company = Reference.ByIdentifier("NorthwindDental") }));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("InvalidObject", ex.Code);
        var error = Assert.Single(ex.Errors, e => e.Field == "summary");
        Assert.Equal("MissingRequiredField", error.Code);
        Assert.False(string.IsNullOrEmpty(ex.ServerMessage));
    }

    [Fact]
    public async Task GetTickets_429WithRetryAfter2_RetriedAfterTwoSecondsThenSucceeds()
    {
        _sandbox.Faults.FailNext(1, 429, TimeSpan.FromSeconds(2), pathContains: "service/tickets");
        _sandbox.Requests.Clear();
        var clock = Stopwatch.StartNew();

        var response = await _client.Api.GetTicketsAsync(pageSize: 5);
        clock.Stop();

        Assert.True(response.IsSuccessStatusCode);
        var attempts = _sandbox.Requests.Entries.Where(r => r.Path.EndsWith("service/tickets", StringComparison.Ordinal)).ToList();
        Assert.Equal([429, 200], attempts.Select(a => a.StatusCode));
        Assert.True(attempts[1].Timestamp - attempts[0].Timestamp >= TimeSpan.FromSeconds(1.95), $"retried after {attempts[1].Timestamp - attempts[0].Timestamp}");
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task CreateNote_500_NotRetriedBecausePostIsNotIdempotent()
    {
        var ticket = _sandbox.State.CreateTicket("NorthwindDental", "Firewall offline");
        _sandbox.Faults.FailNext(1, 500, pathContains: "/notes");
        _sandbox.Requests.Clear();

        await Assert.ThrowsAsync<ConnectWiseApiException>(() =>
            _client.Api.CreateTicketNoteAsync((int)ticket["id"]!, new TicketNote { Text = "paged", InternalAnalysisFlag = true }));

        Assert.Equal(1, _sandbox.Requests.Count("POST", "/notes"));
        Assert.DoesNotContain(_sandbox.State.Notes((int)ticket["id"]!), n => (string?)n["text"] == "paged");
    }

    [Fact]
    public async Task Circuit_Repeated500s_OpensAndStopsCallingConnectWise()
    {
        await using var client = ConnectWiseClientHost.For(_sandbox, o =>
        {
            o.Resilience.MaxRetryAttempts = 0;
            o.Resilience.MinimumThroughput = 5;
            o.Resilience.FailureRatio = 0.5;
            o.Resilience.BreakDuration = TimeSpan.FromMinutes(1);
        });
        _sandbox.Faults.FailNext(50, 500, pathContains: "system/info");
        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<ConnectWiseApiException>(() => client.Api.GetSystemInfoAsync());
        }

        var before = _sandbox.Requests.Count("GET", "system/info");
        var open = await Assert.ThrowsAsync<BrokenCircuitException>(() => client.Api.GetSystemInfoAsync());

        Assert.Equal(before, _sandbox.Requests.Count("GET", "system/info"));
        Assert.False(string.IsNullOrWhiteSpace(open.Message));
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _sandbox.DisposeAsync();
    }
}

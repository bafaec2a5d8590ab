using System.Text.Json.Nodes;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Integration.Tests.Reporting;

/// <summary>
/// The service-desk report built by the real bridge against the sandbox over HTTP: Monday 9 March 2026 in New York,
/// the day after the clocks moved forward (the day starts at 04:00Z, not 05:00Z), with figures worked by hand.
/// </summary>
public sealed class ServiceDeskReportTests : IAsyncLifetime
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly ReportPeriod Monday = new(new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 10), NewYork);

    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _cwClock = new(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero));
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        // The sample data (open tickets 1–4 on the Service Desk, 5 on Alerts, project tickets 6–7) is entered on 2 March.
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _cwClock });
        var state = _sandbox.State;
        state.AddWorkType("Onsite");
        var lastWeek = Create("Closed last Wednesday");
        At(2026, 3, 4, 15);
        state.UpdateTicket(lastWeek, t => t.Status("Closed"));

        At(2026, 3, 5, 15);
        var inSla = Create("Closed Monday within SLA");
        var budgeted = Create("Budgeted, open", t => t.Set("budgetHours", 10));
        var late = Create("Closed Monday, SLA missed");
        var closedToday = Create("Budgeted, closed Tuesday", t => t.Set("budgetHours", 3));

        At(2026, 3, 9, 14);
        var enteredMonday = Create("Entered Monday, budgeted", t => t.Set("budgetHours", 4));
        state.UpdateTicket(inSla, t => t.Status("Closed"));
        state.UpdateTicket(late, t => t.Status("Closed"));
        state.MissSla(late);

        // Monday's time (New York days): 00:30 EDT is 04:30Z, inside the day; 03:30Z (23:30 EDT) is Sunday's.
        state.AddTimeEntry(budgeted, Utc(9, 4, 30), Utc(9, 5, 0), "anguyen", "Regular", "Billable");
        state.AddTimeEntry(budgeted, Utc(9, 13, 0), Utc(9, 15, 0), "anguyen", "Regular", "Billable");
        state.AddTimeEntry(budgeted, Utc(9, 3, 30), Utc(9, 3, 45), "anguyen", "Regular", "Billable");
        state.AddTimeEntry(closedToday, Utc(9, 15, 0), Utc(9, 16, 30), "bruiz", "No Charge", "NoCharge");
        state.AddTimeEntry(2, Utc(9, 18, 0), Utc(9, 21, 0), "cokafor", "Onsite", "Billable");
        state.AddTimeEntry(6, Utc(9, 14, 0), Utc(9, 16, 0), "ejohansson", "Regular", "Billable");
        state.AddTimeEntry(budgeted, Utc(10, 13, 0), Utc(10, 14, 0), "anguyen", "Regular", "Billable");

        At(2026, 3, 10, 12);
        state.UpdateTicket(closedToday, t => t.Status("Closed"));
        _ = enteredMonday;
    }

    [Fact]
    public async Task BuildAsync_Monday_HandWorkedFiguresInSevenRequestsAndNoneWithinTheCache()
    {
        await using var bridge = await StartBridgeAsync();
        var report = bridge.App.Services.GetServices<IReport>().Single(r => r.Name == "service-desk");
        _sandbox.Requests.Clear();

        var result = await report.BuildAsync(Monday, CancellationToken.None);

        var tickets = Table(result, "tickets");
        // Closed Monday: the in-SLA one and the late one; carry-over: 1–4, the budgeted one, the one closed Tuesday;
        // last 7 days (3–9 March): last Wednesday's and Monday's two; pending: 1–4, budgeted, entered Monday.
        Assert.Equal(new object?[] { 1, 2, 6, 3, 6 }, tickets.Rows.Select(r => r[1]));
        Assert.Equal("50 % of 2 closed", tickets.Rows[0][2]);

        var hours = Table(result, "hours");
        Assert.Equal(new object?[] { "Managed services", 2.5m, 2.5m }, hours.Rows[0]);
        Assert.Equal(new object?[] { "Project", 2m, 2m }, hours.Rows[1]);
        Assert.Equal(new object?[] { "Non-billable", 1.5m, 0m }, hours.Rows[2]);
        Assert.Equal(new object?[] { "Onsite service", 3m, 3m }, hours.Rows[3]);
        Assert.Equal(new object?[] { "Total", 9m, 7.5m }, hours.Rows[4]);

        // One business day × 8 h each: 2.5 / 8, 0 / 8, 3 / 8, 2 / 8.
        var utilization = Table(result, "utilization");
        Assert.Equal(new object?[] { "anguyen", "bruiz", "cokafor", "ejohansson" }, utilization.Rows.Select(r => r[1]));
        Assert.Equal(new object?[] { 0.3125m, 0m, 0.375m, 0.25m }, utilization.Rows.Select(r => r[5]));

        // Pipe: budgeted 10 − 3.75 logged (Sunday's quarter and Tuesday's hour included), entered Monday 4: 10.25 h over 4 × 40 h.
        Assert.Equal(new object?[] { 2, 10.25m, 4, 160m, 0.06m }, Table(result, "backlog").Rows.Single());

        var requests = _sandbox.Requests.Entries;
        Assert.Equal(7, requests.Count);
        Assert.Equal(5, requests.Count(r => r.ApiPath == "service/tickets/count"));
        var entries = Assert.Single(requests, r => r.ApiPath == "time/entries");
        Assert.Equal("timeStart >= [2026-03-09T04:00:00Z] and timeStart < [2026-03-10T04:00:00Z]", entries.Query["conditions"]);
        Assert.Equal("1000", entries.Query["pageSize"]);
        var pipe = Assert.Single(requests, r => r.ApiPath == "service/tickets");
        Assert.Equal("board/name in (\"Service Desk\") and closedFlag = false and budgetHours > 0", pipe.Query["conditions"]);
        Assert.Equal("id,budgetHours,actualHours", pipe.Query["fields"]);
        Assert.All(requests, r => Assert.Equal(200, r.StatusCode));

        _sandbox.Requests.Clear();
        var again = await report.BuildAsync(Monday, CancellationToken.None);

        Assert.Same(result, again);
        Assert.Empty(_sandbox.Requests.Entries);
    }

    [Fact]
    public async Task BuildAsync_TimeEntriesRefused_SaysWhichFigureAndWhyAndReadsAgainNextTime()
    {
        await using var bridge = await StartBridgeAsync();
        var report = bridge.App.Services.GetServices<IReport>().Single(r => r.Name == "service-desk");
        _sandbox.Faults.FailNext(1, 403, pathContains: "time/entries");

        var result = await report.BuildAsync(Monday, CancellationToken.None);

        var hours = Table(result, "hours");
        Assert.All(hours.Rows, r => Assert.Null(r[1]));
        Assert.StartsWith("Time entries could not be read: ConnectWise answered 403", hours.Note, StringComparison.Ordinal);
        Assert.Contains("time/entries", hours.Note, StringComparison.Ordinal);
        Assert.Equal(1, Table(result, "tickets").Rows[0][1]);
        var everything = string.Join("\n", result.Notes.Concat(result.Tables.Select(t => t.Note ?? "")));
        Assert.DoesNotContain(_sandbox.Options.PrivateKey, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(_sandbox.Options.PublicKey, everything, StringComparison.Ordinal);

        _sandbox.Requests.Clear();
        var again = await report.BuildAsync(Monday, CancellationToken.None);

        Assert.Equal(2.5m, Table(again, "hours").Rows[0][1]);
        Assert.Equal(7, _sandbox.Requests.Entries.Count);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }

    private static ReportTable Table(ReportResult result, string key) => result.Tables.Single(t => t.Key == key);

    private static DateTimeOffset Utc(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);

    private async Task<IngestHost> StartBridgeAsync()
    {
        var extra = new Dictionary<string, string?> { ["Reporting:ServiceDesk:Boards:0"] = "Service Desk", ["Storage:DurableCommits"] = "false" };
        var bridge = await IngestHost.StartAsync(_sandbox, _dir, extra: extra);
        await bridge.WaitForPollsAsync();
        _sandbox.Requests.Clear();
        return bridge;
    }

    private void At(int year, int month, int day, int hour) => _cwClock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));

    private int Create(string summary, Action<TicketChange>? configure = null) =>
        (int)_sandbox.State.CreateTicket("NorthwindDental", summary, configure)["id"]!;
}

using System.Diagnostics;
using System.Globalization;
using Bridge.Benchmarks.Results;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.Worker.Engine;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Benchmarks.Poll;

/// <summary>
/// Issue #11 item 3. For each backlog of open tickets on the polled board, the bridge takes its cold start, then
/// polls once per count of changed tickets; the sandbox counts the requests each cycle made, and the cycle's wall
/// time includes storing the changes and handing them to routing (durable commits, as shipped). ConnectWise's
/// clock is a fake one moved ten minutes before each cycle, so the changes lie outside the poll overlap of the last.
/// </summary>
internal static class PollCostBenchmark
{
    private const string Board = "Alerts";

    public static async Task RunAsync(bool quick, ResultSink results)
    {
        int[] backlogs = quick ? [1_000, 5_000] : [1_000, 5_000, 20_000];
        int[] changedCounts = [0, 20, 500];
        var output = Console.Out;
        output.WriteLine($"poll cost: backlogs {string.Join(", ", backlogs)}, changed {string.Join(", ", changedCounts)}, load {MachineState.LoadAverage()}");
        foreach (var backlog in backlogs)
        {
            await MeasureBacklogAsync(backlog, changedCounts, output, results);
        }
    }

    private static async Task MeasureBacklogAsync(int backlog, int[] changedCounts, TextWriter output, ResultSink results)
    {
        var cwClock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = cwClock });
        var ids = sandbox.State.CreateTickets(backlog, (_, t) =>
        {
            cwClock.Advance(TimeSpan.FromSeconds(1));
            t.Board(Board);
        });
        using var scratch = new ScratchDirectory($"poll-{backlog}");
        var settings = new Dictionary<string, string?> { ["Ingest:Boards:0"] = Board, ["Ingest:PollInterval"] = "1.00:00:00" };

        // The cold start reads the whole backlog; it is not what this measures, so it runs without forced flushes.
        var coldStart = Stopwatch.StartNew();
        await using (var cold = await InProcessBridge.StartAsync(sandbox, scratch, new Dictionary<string, string?>(settings) { ["Storage:DurableCommits"] = "false" }))
        {
            await WaitForPollsAsync(cold.Get<TicketPoller>());
            await WaitForStagesAsync(cold.Get<StageRegistry>());
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  backlog {backlog}: cold start (not durable) {coldStart.Elapsed.TotalSeconds:F1} s"));
        await using var bridge = await InProcessBridge.StartAsync(sandbox, scratch, settings);
        var poller = bridge.Get<TicketPoller>();
        var database = bridge.Get<BridgeDatabase>();
        await WaitForPollsAsync(poller);
        await WaitForStagesAsync(bridge.Get<StageRegistry>());
        foreach (var changed in changedCounts)
        {
            cwClock.Advance(TimeSpan.FromMinutes(10));
            for (var i = 0; i < changed; i++)
            {
                sandbox.State.UpdateTicket(ids[(int)((long)i * backlog / changed)], t => t.Status(i % 2 == 0 ? "Acknowledged" : "In Progress"));
            }

            sandbox.Requests.Clear();
            var flushes = database.DiskFlushes;
            var clock = Stopwatch.StartNew();
            var stored = await poller.PollOnceAsync(CancellationToken.None);
            var polled = clock.Elapsed;
            var pollFlushes = database.DiskFlushes - flushes;
            // The stages after ingest (routing, escalation) run on their own loops: the cycle is done when they are.
            await WaitForStagesAsync(bridge.Get<StageRegistry>());
            var wall = clock.Elapsed;
            var ticketRequests = sandbox.Requests.Count(r => r.Method == "GET" && string.Equals(r.ApiPath, "service/tickets", StringComparison.OrdinalIgnoreCase));
            // Since #12 a changed ticket of a client whose routing rules name configuration items has them read (one
            // request per ticket, `service/tickets/{id}/configurations`): counted apart, they depend on the changes only.
            var configurationReads = sandbox.Requests.Count(r => r.Method == "GET" && r.ApiPath?.EndsWith("/configurations", StringComparison.OrdinalIgnoreCase) == true);
            var allRequests = sandbox.Requests.Count();
            var expected = Math.Max(1, (int)Math.Ceiling(changed / 1000.0));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {changed,3} changed: {ticketRequests} ticket list request(s), {configurationReads} configuration read(s), {allRequests} request(s) in all, {stored} change(s) stored, {database.DiskFlushes - flushes} disk flush(es) ({pollFlushes} storing the changes, the rest routing and escalation), {polled.TotalMilliseconds:F0} ms stored, {wall.TotalMilliseconds:F0} ms routed"));
            results.Add(
                string.Create(CultureInfo.InvariantCulture, $"poll: {changed} changed in {backlog:N0} open"),
                changed == 0 ? "1 request" : "requests independent of backlog",
                string.Create(CultureInfo.InvariantCulture, $"{ticketRequests} list request(s) (+{configurationReads} configuration reads), {wall.TotalMilliseconds:F0} ms, {database.DiskFlushes - flushes} flushes"),
                Verdict.Of(ticketRequests == expected && allRequests == ticketRequests + configurationReads && stored == changed));
        }
    }

    private static async Task WaitForStagesAsync(StageRegistry stages)
    {
        var deadline = Stopwatch.StartNew();
        while (stages.CountBehind() > 0)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The stages did not drain in 5 minutes.");
            }

            await Task.Delay(2);
        }
    }

    private static async Task WaitForPollsAsync(TicketPoller poller)
    {
        var deadline = Stopwatch.StartNew();
        while (poller.CompletedCycles < 1)
        {
            if (deadline.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException("The poll at start did not complete in 5 minutes.");
            }

            await Task.Delay(20);
        }
    }
}

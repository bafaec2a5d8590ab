using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.TestSupport;
using Xunit.Abstractions;

namespace Bridge.Integration.Tests.Storage;

/// <summary>
/// Two real bridge processes on one PostgreSQL database against the sandbox (in this process), on the wall clock:
/// the lease holder is killed (SIGKILL) or frozen past its lease (SIGSTOP) in the middle of a P1 ladder whose steps
/// are eight seconds apart, or while callbacks come in to both. The other takes over; every step is paged once
/// (counted at a webhook listener), every note and time entry is written once, every callback's change is handled
/// once, and a frozen holder that wakes up sends and writes nothing.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StepGap = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);
    private static readonly string[] P1Policies = ["p1-unassigned", "p1-assigned", "p1-desk-unassigned", "p1-desk-assigned"];
    private static readonly string[] Ladder = ["role:Tier3", "role:Dispatcher", "role:ServiceManager", "role:ServiceDirector"];
    private readonly TempDirectory _first = new();
    private readonly TempDirectory _second = new();
    private readonly PostgresDatabase _database = PostgresServer.Shared.CreateDatabase("failover");
    private readonly List<WorkerProcess> _workers = [];
    private SandboxServer _sandbox = null!;
    private PageListener _pages = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _pages = await PageListener.StartAsync();
    }

    [Fact]
    public async Task HolderKilledMidLadder_TheOtherTakesOver_EveryStepPagedOnce_EveryWriteOnce()
    {
        var (a, b) = await StartPairAsync(TimeSpan.FromSeconds(5));
        var ticket = CreateP1("DC02 not responding - killed holder");
        await WaitPagesAsync(p => Steps(p, ticket) >= 2, "steps 1 and 2 from the holder", Patience);

        var killedAt = Stopwatch.GetTimestamp();
        a.Kill();
        await b.WaitHoldsLeaseAsync(Patience);
        var takeover = Stopwatch.GetElapsedTime(killedAt);
        await WaitPagesAsync(p => Steps(p, ticket) >= 4, "steps 3 and 4 from the standby", Patience);
        var firstAfter = _pages.For(ticket).First(p => p.Timestamp > killedAt);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kill → lease taken {takeover.TotalSeconds:F2} s (lease 5 s); kill → next page (step {firstAfter.Step}, due by the ladder) {Stopwatch.GetElapsedTime(killedAt, firstAfter.Timestamp).TotalSeconds:F2} s"));

        var writes = await AcknowledgeAsync(ticket, b);
        AssertEachStepOnce(ticket, a, b);
        AssertEachWriteOnce(writes);
        Assert.Equal(137, a.ExitCode);
    }

    [Fact]
    public async Task HolderFrozenPastItsLease_StandbyCarriesOn_WokenHolderPagesAndWritesNothing_AndExits75()
    {
        var (a, b) = await StartPairAsync(TimeSpan.FromSeconds(5));
        var ticket = CreateP1("DC03 not responding - frozen holder");
        await WaitPagesAsync(p => Steps(p, ticket) >= 2, "steps 1 and 2 from the holder", Patience);

        a.Pause();
        var pausedAt = Stopwatch.GetTimestamp();
        await b.WaitHoldsLeaseAsync(Patience);
        // Step 3 comes due while the holder is frozen: on waking, its alarm for step 3 is overdue at once.
        await WaitPagesAsync(p => Steps(p, ticket) >= 3, "step 3 from the standby", Patience);
        var writesBefore = WriteRequests();
        a.Resume();
        var resumedAt = Stopwatch.GetTimestamp();
        var exit = await a.WaitForExitAsync(TimeSpan.FromSeconds(30));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"frozen {Stopwatch.GetElapsedTime(pausedAt, resumedAt).TotalSeconds:F1} s (lease 5 s); woken holder exited {exit} after {Stopwatch.GetElapsedTime(resumedAt).TotalSeconds:F2} s; sandbox writes between resume and its exit: {WriteRequests() - writesBefore} (all instances)"));

        await WaitPagesAsync(p => Steps(p, ticket) >= 4, "step 4 from the standby", Patience);
        var writes = await AcknowledgeAsync(ticket, b);
        Assert.DoesNotContain(_pages.Pages, p => p.SenderPort == a.BaseAddress.Port && p.Timestamp > resumedAt);
        AssertEachStepOnce(ticket, a, b);
        AssertEachWriteOnce(writes);
        // It stopped itself with the lease-lost code, for the service manager to start it again as a standby.
        Assert.Equal(75, exit);
    }

    [Fact]
    public async Task CallbacksToBothWhileTheHolderIsKilled_NoneLost_EachChangeHandledOnce()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var client = ConnectWiseClientHost.For(_sandbox);
        await client.Api.CreateCallbackAsync(new CallbackEntry { Url = new Uri(receiver.BaseAddress, "cb?recordId=").ToString(), Type = "ticket", Level = "owner", ObjectId = 1 });
        var (a, b) = await StartPairAsync(TimeSpan.FromHours(1));

        const int count = 12;
        var tickets = new List<int>();
        var accepted = new Dictionary<string, int> { ["a"] = 0, ["b"] = 0 };
        for (var i = 0; i < count; i++)
        {
            tickets.Add((int)_sandbox.State.CreateTicket("ContosoLaw", $"Printer {i} offline")["id"]!);
            var callback = await receiver.NextAsync(TimeSpan.FromSeconds(10));
            var target = i % 2 == 0 ? a : b;
            // A load balancer sends what the dead instance refuses to the live one.
            var to = await PostAsync(target, callback) ? target : await PostAsync(b, callback) ? b : throw new InvalidOperationException($"Callback {i} refused by both.");
            accepted[to.Name]++;
            if (i == count / 2)
            {
                // Killed right after it stored a callback in the shared inbox: the standby must handle it.
                a.Kill();
                // Gone for good before the next post (the kernel reaps it a moment after the signal).
                await a.WaitForExitAsync(TimeSpan.FromSeconds(10));
            }
        }

        await b.WaitHoldsLeaseAsync(Patience);
        var clock = Stopwatch.StartNew();
        List<(int Ticket, string Kind)> changes;
        while ((changes = await ChangesAsync(b)) is var seen && !tickets.All(t => seen.Any(c => c.Ticket == t)))
        {
            Assert.True(clock.Elapsed < Patience, $"Not every ticket's change was handled: {string.Join(", ", tickets.Where(t => !seen.Any(c => c.Ticket == t)))}.\n{Logs()}");
            await Task.Delay(50);
        }

        output.WriteLine($"callbacks accepted by a: {accepted["a"]}, by b: {accepted["b"]}; changes stored: {changes.Count(c => tickets.Contains(c.Ticket))}");
        Assert.All(tickets, t => Assert.Single(changes, c => c.Ticket == t));
        Assert.All(tickets, t => Assert.Equal("Created", changes.Single(c => c.Ticket == t).Kind));
    }

    /// <summary>Starts instance <c>a</c>, waits until it holds the lease, then starts <c>b</c> as the standby.</summary>
    private async Task<(WorkerProcess Holder, WorkerProcess Standby)> StartPairAsync(TimeSpan pollInterval)
    {
        var a = await StartAsync("a", _first, pollInterval);
        await a.WaitHoldsLeaseAsync(Patience);
        var b = await StartAsync("b", _second, pollInterval);
        Assert.False(await b.HoldsLeaseAsync());
        Assert.Contains("held by a", await b.LeaseAsync() ?? "", StringComparison.Ordinal);
        return (a, b);
    }

    private async Task<WorkerProcess> StartAsync(string instance, TempDirectory dir, TimeSpan pollInterval)
    {
        SandboxConfig.WriteFor(dir, _sandbox);
        SandboxConfig.CopyShipped(dir, "Routing", "OnCall", "Escalation");
        var port = IngestHost.FreePort();
        var worker = await WorkerProcess.StartAsync(instance, dir.Path, port, Settings(instance, port, pollInterval));
        _workers.Add(worker);
        return worker;
    }

    /// <summary>
    /// The instance's settings: the shared database with a three-second lease, every person paged by webhook, and
    /// every P1 ladder (after hours or not, assigned or not) four single steps <see cref="StepGap"/> apart.
    /// </summary>
    private Dictionary<string, string?> Settings(string instance, int port, TimeSpan pollInterval)
    {
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = _database.ConnectionString,
            ["Storage:LeaseTime"] = "00:00:05",
            ["Storage:InstanceName"] = instance,
            ["ConnectWise:Callbacks:Register"] = "false",
            ["Ingest:CallbackSecret"] = IngestHost.Secret,
            ["Ingest:PublicUrl"] = url,
            ["Ingest:PollInterval"] = pollInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Escalation:PublicUrl"] = url,
            ["WriteBack:SweepInterval"] = "00:00:01",
            ["WriteBack:Statuses:Service Desk:Acknowledged"] = "In Progress",
            ["Channels:Webhook:Url"] = _pages.Url.ToString(),
            ["Channels:Webhook:Secret"] = "failover-webhook-secret",
        };
        var people = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "config", "bridge.json")))!["OnCall"]!["People"]!.AsArray();
        for (var i = 0; i < people.Count; i++)
        {
            settings[$"OnCall:People:{i}:Contacts:0:Kind"] = "Webhook";
            settings[$"OnCall:People:{i}:Contacts:0:Address"] = (string?)people[i]!["Member"];
        }

        foreach (var policy in P1Policies)
        {
            for (var step = 0; step < Ladder.Length; step++)
            {
                var key = $"Escalation:Policies:{policy}:Steps:{step}";
                settings[$"{key}:After"] = (StepGap * step).ToString("c", CultureInfo.InvariantCulture);
                settings[$"{key}:Targets:0"] = Ladder[step];
                settings[$"{key}:RepeatCount"] = "0";
            }
        }

        return settings;
    }

    private int CreateP1(string summary) =>
        (int)_sandbox.State.CreateTicket("NorthwindDental", summary, t => t.Priority(1).Type("Server").SubType("Outage"))["id"]!;

    private static int Steps(IReadOnlyList<WebhookPage> pages, int ticket) => pages.Where(p => p.TicketId == ticket).Select(p => p.Step).Distinct().Count();

    /// <summary>Acknowledges through the last page's link (the live instance's) and waits for the write-back in the sandbox ticket.</summary>
    private async Task<TicketWrites> AcknowledgeAsync(int ticket, WorkerProcess live)
    {
        var last = _pages.For(ticket)[^1];
        Assert.Equal(live.BaseAddress.Port, last.SenderPort);
        using var http = new HttpClient();
        using var response = await http.PostAsync(last.Acknowledge, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var writes = new TicketWrites(_sandbox, ticket);
        var clock = Stopwatch.StartNew();
        while (writes.StatusName != "In Progress" || writes.TimeEntries.Count == 0)
        {
            Assert.True(clock.Elapsed < Patience, $"The acknowledgement was not written back (status {writes.StatusName}, {writes.Notes.Count} notes).");
            await Task.Delay(50);
        }

        output.WriteLine($"ticket {ticket}: {writes.Notes.Count} notes, {writes.TimeEntries.Count} time entries written back; markers {string.Join(", ", writes.Markers)}");
        return writes;
    }

    private void AssertEachStepOnce(int ticket, WorkerProcess holder, WorkerProcess standby)
    {
        var pages = _pages.For(ticket);
        output.WriteLine($"pages: {string.Join(", ", pages.Select(p => $"{p.DedupKey} from {(p.SenderPort == holder.BaseAddress.Port ? holder.Name : standby.Name)} at {p.ReceivedAt:HH:mm:ss.fff}"))}");
        Assert.Equal(pages.Count, pages.Select(p => p.DedupKey).Distinct().Count());
        Assert.Equal([1, 2, 3, 4], pages.Select(p => p.Step));
        Assert.Equal([holder.BaseAddress.Port, holder.BaseAddress.Port, standby.BaseAddress.Port, standby.BaseAddress.Port], pages.Select(p => p.SenderPort));
    }

    private static void AssertEachWriteOnce(TicketWrites writes)
    {
        Assert.NotEmpty(writes.Notes);
        Assert.Equal(writes.Markers.Count, writes.Markers.Distinct().Count());
    }

    private int WriteRequests() => _sandbox.Requests.Entries.Count(r => r.Method is "POST" or "PATCH" or "PUT" && r.StatusCode is >= 200 and < 300);

    /// <summary>Posts a callback as ConnectWise delivered it; false when the instance does not answer (it was killed).</summary>
    private static async Task<bool> PostAsync(WorkerProcess to, ReceivedCallback callback)
    {
        try
        {
            using var response = await CallbackPoster.PostAsync(to.Http, callback.Body, callback.Signature, $"/callbacks/connectwise/{IngestHost.Secret}{callback.Query}");
            Assert.True(response.IsSuccessStatusCode, $"{to.Name} answered {response.StatusCode}");
            return true;
        }
        catch (HttpRequestException)
        {
            // Not answering (killed, or stopping): a load balancer sends it to the other.
            return false;
        }
    }

    /// <summary>The ticket changes the bridges stored (the shared change store, through the live instance's API).</summary>
    private static async Task<List<(int Ticket, string Kind)>> ChangesAsync(WorkerProcess live)
    {
        using var json = JsonDocument.Parse(await live.Http.GetStringAsync("tickets/recent?count=1000"));
        return [.. json.RootElement.EnumerateArray().Select(c => (c.GetProperty("ticketId").GetInt32(), c.GetProperty("kind").GetString() ?? ""))];
    }

    /// <summary>A wait on the page listener that fails with what each worker logged last.</summary>
    private async Task WaitPagesAsync(Func<IReadOnlyList<WebhookPage>, bool> done, string what, TimeSpan timeout)
    {
        try
        {
            await _pages.WaitForAsync(done, what, timeout);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\n{Logs()}", ex);
        }
    }

    /// <summary>What each worker logged last, for a failure's message.</summary>
    private string Logs() => string.Join("\n", _workers.Select(w => $"--- {w.Name}:\n{w.OutputTail(60)}"));

    public async Task DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }

        await _pages.DisposeAsync();
        await _sandbox.DisposeAsync();
        _database.Dispose();
        _first.Dispose();
        _second.Dispose();
    }
}

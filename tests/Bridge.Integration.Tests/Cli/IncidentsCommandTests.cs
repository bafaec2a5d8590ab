using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Cli;

/// <summary><c>bridge incidents</c> and <c>bridge incident ID</c> over the real host: asking the running service, then reading the state file.</summary>
public sealed class IncidentsCommandTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });

    [Fact]
    public async Task Incidents_ServiceRunning_AsksTheServiceOpenFirstThenClosed()
    {
        await using var bridge = await StartAsync();
        var (open, closed) = Insert(bridge);
        _dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Port}}", "Logging": { "File": { "Enabled": false } } }""");

        var (exit, output, error) = await RunAsync("incidents");

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Open incidents (1):", lines[0]);
        Assert.Matches($@"^#{open.Id}\s+#7001\s+P1\s+Contoso Law\s+Acknowledged\s+p1-unassigned\s+step 2 of 4\s+.*\(2026-03-03T02:40-05:00\)\s+Anh Nguyen$", lines[2]);
        Assert.Equal("Recently closed (1):", lines[3]);
        Assert.Matches($@"^#{closed.Id}\s+#7002\s+P2\s+Northwind Dental\s+Resolved\s+p2\s+step 1 of 3\s+.*\(2026-03-03T02:30-05:00\)\s+-$", lines[5]);
    }

    [Fact]
    public async Task Incident_ServiceRunning_HeaderAndEveryTimelineLineOldestFirst()
    {
        await using var bridge = await StartAsync();
        var (open, _) = Insert(bridge);
        _dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Port}}", "Logging": { "File": { "Enabled": false } } }""");

        var (exit, output, error) = await RunAsync("incident", open.Key);

        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal($"Incident #{open.Id}: ticket #7001 \"Exchange <down> & out\"", lines[0]);
        Assert.Contains("State     Acknowledged, acknowledged by Anh Nguyen", lines[1], StringComparison.Ordinal);
        // Write-back may add its own lines for the acknowledgement (ticket 7001 is not in the sandbox) by the time the command runs.
        var header = Array.FindIndex(lines, l => l.StartsWith("Timeline (", StringComparison.Ordinal));
        var timelineLines = lines[(header + 1)..];
        Assert.Equal($"Timeline ({timelineLines.Length} lines, oldest first):", lines[header]);
        var instants = timelineLines.Select(l => DateTimeOffset.Parse(l[..25], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(instants.Order(), instants);
        Assert.Equal(
            [
                "2026-03-03T02:10:00-05:00  Opened               opened on p1-unassigned",
                "2026-03-03T02:10:02-05:00  NotificationAttempt  paged Anh Nguyen by sms (sent)",
                "2026-03-03T02:14:30-05:00  Acknowledged         acknowledged by Anh Nguyen (link)",
            ],
            timelineLines.Where(l => l.Contains("Anh Nguyen", StringComparison.Ordinal) || l.Contains("  Opened ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Incident_ServiceRunningUnknownId_ClearErrorAndExitOne()
    {
        await using var bridge = await StartAsync();
        _dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Port}}", "Logging": { "File": { "Enabled": false } } }""");

        var (exit, output, error) = await RunAsync("incident", "999");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("There is no incident 999.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IncidentAndIncidents_ServiceStopped_ReadTheStateFile()
    {
        Incident open;
        await using (var bridge = await StartAsync())
        {
            (open, _) = Insert(bridge);
        }

        var (listExit, list, listError) = await RunAsync("incidents");
        var (showExit, show, showError) = await RunAsync("incident", open.Key);
        var (unknownExit, _, unknownError) = await RunAsync("incident", "999");

        Assert.True(listExit == 0, listError);
        Assert.Contains($"#{open.Id}  #7001", list, StringComparison.Ordinal);
        Assert.Contains("Recently closed (1):", list, StringComparison.Ordinal);
        Assert.True(showExit == 0, showError);
        Assert.Contains("NotificationAttempt  paged Anh Nguyen by sms (sent)", show, StringComparison.Ordinal);
        Assert.Equal(1, unknownExit);
        Assert.StartsWith("There is no incident 999.", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incident_NotANumber_UsageNamingTheArgumentAndExitTwo()
    {
        SandboxConfig.WriteFor(_dir, _sandbox);

        var (exit, _, error) = await RunAsync("incident", "forty-two");

        Assert.Equal(2, exit);
        Assert.Contains("'forty-two' is not an incident id", error, StringComparison.Ordinal);
        Assert.Contains("Usage: bridge incident ID", error, StringComparison.Ordinal);
    }

    /// <summary>The host on a clock stopped five minutes after the incidents opened, so the engine's sweeper leaves them as written.</summary>
    private Task<IngestHost> StartAsync() =>
        IngestHost.StartAsync(_sandbox, _dir, configureServices: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Opened.AddMinutes(5))));

    /// <summary>One acknowledged P1 (with three timeline lines) and one resolved P2, written as the engine writes them.</summary>
    private static (Incident Open, Incident Closed) Insert(IngestHost bridge)
    {
        var services = bridge.App.Services;
        var incidents = services.GetRequiredService<IncidentStore>();
        var timeline = services.GetRequiredService<IncidentTimeline>();
        var open = new Incident
        {
            TicketId = 7001, State = IncidentState.Acknowledged, Policy = "p1-unassigned", OpenedAt = Opened, LadderStart = Opened,
            PriorityLevel = "P1", AcknowledgedBy = "anguyen", AcknowledgedByName = "Anh Nguyen", AcknowledgedAt = Opened.AddMinutes(4.5),
            NextDueAt = Opened.AddMinutes(30), Paged = ["anguyen"],
            Steps = [new() { Number = 1, NextRepeat = 2 }, new() { Number = 2, NextRepeat = 1 }, new() { Number = 3 }, new() { Number = 4 }],
            Ticket = new IncidentTicket { Summary = "Exchange <down> & out", CompanyIdentifier = "ContosoLaw", CompanyName = "Contoso Law" },
        };
        var closed = new Incident
        {
            TicketId = 7002, State = IncidentState.Resolved, Policy = "p2", OpenedAt = Opened, LadderStart = Opened, PriorityLevel = "P2",
            ClosedAt = Opened.AddMinutes(20), ClosedReason = "ticket closed in ConnectWise",
            Steps = [new() { Number = 1, NextRepeat = 1 }, new() { Number = 2 }, new() { Number = 3 }],
            Ticket = new IncidentTicket { Summary = "Printer offline", CompanyName = "Northwind Dental" },
        };
        services.GetRequiredService<BridgeDatabase>().Write(() =>
        {
            incidents.Insert(closed);
            incidents.Insert(open);
            // Out of order on purpose: the command prints by instant.
            timeline.Insert(Line(open, Opened, TimelineKind.Opened, "opened on p1-unassigned"));
            timeline.Insert(Line(open, Opened.AddMinutes(4.5), TimelineKind.Acknowledged, "acknowledged by Anh Nguyen (link)"));
            timeline.Insert(Line(open, Opened.AddSeconds(2), TimelineKind.NotificationAttempt, "paged Anh Nguyen by sms (sent)"));
        });
        return (open, closed);
    }

    private static TimelineEntry Line(Incident incident, DateTimeOffset at, TimelineKind kind, string text) =>
        new() { IncidentId = incident.Key, TicketId = incident.TicketId, At = at, Kind = kind, Text = text };

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync([.. args, "--config", _dir.Path], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

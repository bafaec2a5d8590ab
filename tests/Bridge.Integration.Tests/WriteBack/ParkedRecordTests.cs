using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>A record ConnectWise refuses as invalid is parked with the error, not retried, and shown on readiness and in the outbox listing.</summary>
public sealed class ParkedRecordTests : WriteBackTestBase
{
    // A closed status forbids time entries: ConnectWise answers 400 TimeEntryApi.
    protected override int CreateTicket() =>
        (int)Sandbox.State.CreateTicket("ContosoLaw", "Printer offline", t => t.Priority(1).Status("Closed"))["id"]!;

    private IEnumerable<TimelineEntry> StepWithTwoAttempts()
    {
        foreach (var (person, name) in new[] { ("anguyen", "Anh Nguyen"), ("bruiz", "Beatriz Ruiz") })
        {
            yield return new() { IncidentId = "inc-parked", TicketId = TicketId, Kind = TimelineKind.NotificationAttempt, At = Night, Step = 1, Repeat = 0, PersonId = person, PersonName = name, Channel = "sms", Result = "sent" };
        }

        yield return new() { IncidentId = "inc-parked", TicketId = TicketId, Kind = TimelineKind.StepCompleted, At = Night, Step = 1, Repeat = 0 };
    }

    [Fact]
    public async Task ValidationError_ParkedNotRetried_ReadyDegradedWithOneLineEach_AndTheNextWriteGoesOn()
    {
        await using var bridge = await StartBridgeAsync();

        bridge.Write(StepWithTwoAttempts());
        await bridge.DriveUntilSettledAsync(3);
        await bridge.DriveUntilAsync(() => Sandbox.Requests.Count("POST", "time/entries") >= 2, "both entries tried");
        Clock.Advance(TimeSpan.FromHours(1));
        bridge.Worker.Notify();
        await Task.Delay(200);

        var records = bridge.Outbox.ForTicket(TicketId);
        var parked = records.Where(r => r.State == OutboxState.Parked).ToList();
        Assert.Equal(2, parked.Count);
        Assert.All(parked, r => Assert.Equal(1, r.Attempts));
        Assert.All(parked, r => Assert.Contains("TimeEntryApi", r.LastError, StringComparison.Ordinal));
        Assert.Equal(2, Sandbox.Requests.Count("POST", "time/entries"));
        Assert.Equal(OutboxState.Sent, Assert.Single(records, r => r.Kind == OutboxKind.Note).State);
        Assert.Equal(2, bridge.TimelineView.ForTicket(TicketId).Count(e => e.Kind == TimelineKind.WriteBack && e.Result == "parked"));

        var ready = JsonDocument.Parse(await bridge.Host.Http.GetStringAsync("/health/ready")).RootElement.GetProperty("checks").GetProperty("writeback");
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
        var lines = ready.GetProperty("detail").GetString()!.Split('\n');
        Assert.Equal(parked.Select(r => r.Key), lines.Select(l => l.Split('(', ')')[1]));
        Assert.All(lines, l => Assert.Contains("TimeEntryApi", l, StringComparison.Ordinal));

        var report = await bridge.Host.Http.GetFromJsonAsync<OutboxReport>("/outbox", WriteBackJson.Options);
        Assert.Equal(2, report!.Counts[OutboxState.Parked]);
        Assert.Equal(parked.Select(r => r.Id), report.Records.Where(r => r.State == OutboxState.Parked).Select(r => r.Id));

        Dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Host.Port}}", "Logging": { "File": { "Enabled": false } } }""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["outbox", "--config", Dir.Path], output, error);
        Assert.True(exit == 0, error.ToString());
        Assert.Contains("2 parked", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"#{parked[0].Id} ticket #{TicketId} TimeEntry [{parked[0].Key}]", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("TimeEntryApi", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parked_CauseFixedThenRetried_AndTheOtherDismissed_ReadyHealthyAgain_EachOnTheTimeline()
    {
        await using var bridge = await StartBridgeAsync();
        bridge.Write(StepWithTwoAttempts());
        await bridge.DriveUntilSettledAsync(3);
        var parked = bridge.Outbox.ForTicket(TicketId).Where(r => r.State == OutboxState.Parked).ToList();
        Assert.Equal(2, parked.Count);

        Sandbox.State.UpdateTicket(TicketId, t => t.Status("New"));
        var retried = await bridge.Host.Http.PostAsync($"/outbox/{parked[0].Id}/retry", null);
        Dir.Write("appsettings.json", $$"""{ "Urls": "http://127.0.0.1:{{bridge.Host.Port}}", "Logging": { "File": { "Enabled": false } } }""");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var dismissExit = await BridgeCli.RunAsync(["outbox", "dismiss", parked[1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "duplicate", "of", "a", "manual", "entry", "--config", Dir.Path], output, error);
        var again = await bridge.Host.Http.PostAsync($"/outbox/{parked[1].Id}/retry", null);
        await bridge.DriveUntilAsync(() => bridge.Outbox.Get(parked[0].Id)!.State == OutboxState.Sent, "the retried entry written");

        Assert.Equal((System.Net.HttpStatusCode.OK, System.Net.HttpStatusCode.Conflict), (retried.StatusCode, again.StatusCode));
        Assert.True(dismissExit == 0, error.ToString());
        Assert.Contains($"Outbox record {parked[1].Id}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(OutboxState.Skipped, bridge.Outbox.Get(parked[1].Id)!.State);
        Assert.Single(new TicketWrites(Sandbox, TicketId).TimeEntries);
        var ready = JsonDocument.Parse(await bridge.Host.Http.GetStringAsync("/health/ready")).RootElement.GetProperty("checks").GetProperty("writeback");
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var admin = bridge.TimelineView.ForTicket(TicketId).Where(e => e.Kind == TimelineKind.WriteBack && e.Result == "admin").Select(e => e.Text).ToList();
        Assert.Equal(2, admin.Count);
        Assert.Contains(admin, t => t.Contains("dismissed by an admin: duplicate of a manual entry", StringComparison.Ordinal));
    }
}

using System.Net.Http.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Hosting;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>Shadow mode decides as live mode does and writes nothing: the ticket stays as it was, the outbox shows what would have been written.</summary>
public sealed class ShadowModeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Night = new(2026, 3, 3, 7, 10, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Night);
    private SandboxServer _sandbox = null!;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        _ticketId = (int)_sandbox.State.CreateTicket("ContosoLaw", "Exchange down for the whole office", t => t.Priority(1).Owner("anguyen"))["id"]!;
    }

    [Fact]
    public async Task ShadowMode_AcknowledgedP1_TicketUntouched_OutboxAndTimelineListEveryWrite()
    {
        var ticketBefore = _sandbox.State.GetTicket(_ticketId)!.ToJsonString();
        int notesBefore = _sandbox.State.Notes(_ticketId).Count, entriesBefore = _sandbox.State.TimeEntries(_ticketId).Count;
        await using (var bridge = await WriteBackBridge.StartAsync(_sandbox, _dir, _clock, new Dictionary<string, string?> { ["Bridge:Mode"] = "Shadow" }))
        {
            bridge.Write(AcknowledgedP1.Lines(_ticketId, Night));
            await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records);

            Assert.All(bridge.Outbox.ForTicket(_ticketId), r => Assert.Equal(OutboxState.Shadowed, r.State));
            var lines = bridge.Timeline.ForTicket(_ticketId).Where(e => e.Kind == TimelineKind.WriteBack).ToList();
            Assert.Equal(AcknowledgedP1.Records, lines.Count(l => l.Result == "shadowed"));
            Assert.Contains(lines, l => l.Text.Contains("would set the status of ticket", StringComparison.Ordinal) && l.Text.Contains("to 'In Progress'", StringComparison.Ordinal));
            var report = await bridge.Host.Http.GetFromJsonAsync<OutboxReport>("/outbox", WriteBackJson.Options);
            Assert.Equal(BridgeMode.Shadow, report!.Mode);
            Assert.Equal(AcknowledgedP1.Records, report.Records.Count(r => r.State == OutboxState.Shadowed));
        }

        Assert.Equal(0, _sandbox.Requests.Count(r => r.Method is "POST" or "PATCH" or "PUT" or "DELETE"));
        Assert.Equal(ticketBefore, _sandbox.State.GetTicket(_ticketId)!.ToJsonString());
        Assert.Equal((notesBefore, entriesBefore), (_sandbox.State.Notes(_ticketId).Count, _sandbox.State.TimeEntries(_ticketId).Count));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["outbox", "--config", _dir.Path, "--Bridge:Mode=Shadow"], output, error);
        Assert.True(exit == 0, error.ToString());
        Assert.Contains($"{AcknowledgedP1.Records} shadowed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("would add a 30-minute time entry", output.ToString(), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

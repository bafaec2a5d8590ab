using System.Net.Http.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Bridge.Worker.WriteBack;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>Shadow mode decides as live mode does and writes nothing: the ticket stays as it was, the outbox shows what would have been written.</summary>
public sealed class ShadowModeTests : WriteBackTestBase
{
    [Fact]
    public async Task ShadowMode_AcknowledgedP1_TicketUntouched_OutboxAndTimelineListEveryWrite()
    {
        var ticketBefore = Sandbox.State.GetTicket(TicketId)!.ToJsonString();
        int notesBefore = Sandbox.State.Notes(TicketId).Count, entriesBefore = Sandbox.State.TimeEntries(TicketId).Count;
        await using (var bridge = await StartBridgeAsync(new Dictionary<string, string?> { ["Bridge:Mode"] = "Shadow" }))
        {
            bridge.Write(AcknowledgedP1.Lines(TicketId, Night));
            await bridge.DriveUntilSettledAsync(AcknowledgedP1.Records);

            Assert.All(bridge.Outbox.ForTicket(TicketId), r => Assert.Equal(OutboxState.Shadowed, r.State));
            var lines = bridge.TimelineView.ForTicket(TicketId).Where(e => e.Kind == TimelineKind.WriteBack).ToList();
            Assert.Equal(AcknowledgedP1.Records, lines.Count(l => l.Result == "shadowed"));
            Assert.Contains(lines, l => l.Text.Contains("would set the status of ticket", StringComparison.Ordinal) && l.Text.Contains("to 'In Progress'", StringComparison.Ordinal));
            var report = await bridge.Host.Http.GetFromJsonAsync<OutboxReport>("/outbox", WriteBackJson.Options);
            Assert.Equal(BridgeMode.Shadow, report!.Mode);
            Assert.Equal(AcknowledgedP1.Records, report.Records.Count(r => r.State == OutboxState.Shadowed));
        }

        Assert.Equal(0, Sandbox.Requests.Count(r => r.Method is "POST" or "PATCH" or "PUT" or "DELETE"));
        Assert.Equal(ticketBefore, Sandbox.State.GetTicket(TicketId)!.ToJsonString());
        Assert.Equal((notesBefore, entriesBefore), (Sandbox.State.Notes(TicketId).Count, Sandbox.State.TimeEntries(TicketId).Count));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BridgeCli.RunAsync(["outbox", "--config", Dir.Path, "--Bridge:Mode=Shadow"], output, error);
        Assert.True(exit == 0, error.ToString());
        Assert.Contains($"{AcknowledgedP1.Records} shadowed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("would add a 30-minute time entry", output.ToString(), StringComparison.Ordinal);
    }
}

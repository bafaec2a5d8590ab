using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Watch;

/// <summary>
/// A write ConnectWise refuses (a time entry on a closed ticket) is parked: the dispatcher is told once, and once more
/// when the admin has dismissed it; <c>/health/ready</c> shows the alarm meanwhile.
/// </summary>
public sealed class ParkedOutboxAlarmTests : WriteBackTestBase
{
    protected override int CreateTicket() =>
        (int)Sandbox.State.CreateTicket("ContosoLaw", "Printer offline", t => t.Priority(1).Status("Closed"))["id"]!;

    [Fact]
    public async Task ParkedRecord_OneAlarm_DismissedThenOneAllClear()
    {
        await using var bridge = await StartBridgeAsync(new Dictionary<string, string?>
        {
            ["Watch:CheckInterval"] = "00:00:05",
            ["OnCall:People:0:Member"] = "fpatel",
            ["OnCall:People:0:Name"] = "Farah Patel",
            ["OnCall:People:0:TimeZone"] = "America/New_York",
            ["OnCall:People:0:Contacts:0:Kind"] = "Email",
            ["OnCall:People:0:Contacts:0:Address"] = "fpatel@bridgedemo.example",
            ["OnCall:Roles:Dispatcher:0"] = "fpatel",
        });
        var notices = bridge.Host.App.Services.GetRequiredService<NoticeSender>();
        List<string> Told() => notices.Sent("alarm:outbox:", 10).Select(r => $"{r.Send} {r.PersonId}").Reverse().ToList();

        bridge.Write([new() { IncidentId = "inc-watch", TicketId = TicketId, Kind = TimelineKind.NotificationAttempt, At = Night, Step = 1, Repeat = 0, PersonId = "anguyen", PersonName = "Anh Nguyen", Channel = "sms", Result = "sent" }]);
        await bridge.DriveUntilAsync(() => Told().Count == 1, "the alarm");
        var parked = Assert.Single(bridge.Outbox.InState(OutboxState.Parked));
        var (status, detail) = await ReadyCheck.ReadAsync(bridge.Host.Http, "watch");
        await bridge.DriveUntilAsync(() => Clock.GetUtcNow() >= Night.AddMinutes(10), "ten minutes of passes");
        Assert.Single(Told());

        var dismissed = await bridge.Host.Http.PostAsync($"/outbox/{parked.Id}/dismiss?reason=entered+by+hand", null);
        await bridge.DriveUntilAsync(() => Told().Count == 2, "the all-clear");

        Assert.Equal(("Degraded", System.Net.HttpStatusCode.OK), (status, dismissed.StatusCode));
        Assert.Contains("1 write(s) to ConnectWise parked", detail, StringComparison.Ordinal);
        Assert.Matches(@"^alarm:outbox:\S+Z fpatel$", Told()[0]);
        Assert.Equal(Told()[0].Replace(" fpatel", ":clear fpatel", StringComparison.Ordinal), Told()[1]);
        Assert.Equal("Healthy", (await ReadyCheck.ReadAsync(bridge.Host.Http, "watch")).Status);
    }

}

using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Escalation;

/// <summary>
/// Restarts in the middle of a ladder, against the sandbox with a real state file: the sandbox's P1 at Northwind
/// Dental (24/7) at 02:00 on Tuesday 24 November 2026 in New York, when Dana Schmidt (+15550204) is on call.
/// </summary>
public sealed class EscalationRestartTests : IAsyncLifetime
{
    private const string Dana = "+15550204";
    private const string Farah = "+15550206";
    private const string Gabriel = "+15550207";
    private const string Helen = "+15550208";
    private const string Chidi = "+15550203";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
    }

    [Fact]
    public async Task RestartMidLadder_NothingLostNothingRepeated_AndAfterThreeHoursDownEachOverdueStepOnce()
    {
        int port;
        await using (var first = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms))
        {
            port = first.Host.Port;
            await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 1, "the first page to the on-call technician");
            await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(6));
            Assert.Equal(2, To(Dana));
        }

        _clock.Advance(T0.AddMinutes(7) - _clock.GetUtcNow());
        await using (var _ = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, port: port))
        {
            await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(9));
            Assert.Equal(2, To(Dana));
            await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(11));
            Assert.Equal(3, To(Dana));
        }

        // Three hours down: the on-call repeats, the dispatcher (15), manager (20) and director (30) steps are overdue, so
        // are the fallback of the exhausted ladder (75: dispatcher, manager, director) and the director's repeats before
        // the two-hour threshold, which has moved the ticket to tier 3 (tier 3 and the dispatcher). Each once.
        _clock.Advance(T0.AddHours(3).AddMinutes(11) - _clock.GetUtcNow());
        await using var third = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, port: port);
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Chidi) == 1, "the tier 3 page", step: TimeSpan.FromSeconds(5));
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(2));

        Assert.Equal((4, 3, 2, 2, 1), (To(Dana), To(Farah), To(Gabriel), To(Helen), To(Chidi)));
        var incident = Assert.Single(third.Incidents.ForTicket(EscalationBridge.DcDownTicket));
        Assert.Equal(("p1-tier3", IncidentState.Triggered), (incident.Policy, incident.State));
        var firstLadder = third.Lines(EscalationBridge.DcDownTicket)
            .Where(e => e.Kind == TimelineKind.StepStarted && e.Policy == "p1-unassigned")
            .Select(e => $"{e.Step}.{e.Repeat}")
            .ToList();
        Assert.Equal(["1.0", "1.1", "1.2", "1.5", "2.3", "3.0", "4.2", "5.0"], firstLadder);
    }

    private int To(string phone) => EscalationBridge.Texts(_sms).Count(t => t.To == phone);

    public async Task DisposeAsync()
    {
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Incidents;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Watch;

/// <summary>
/// The weekly canary in the real bridge against the sandbox, on the test clock: Wednesday 25 November 2026, 19:00 in
/// New York, Dana Schmidt on call. She acknowledges it through the link in the SMS; nothing of it reaches ConnectWise.
/// </summary>
public sealed class CanaryPageTests : IDisposable
{
    private const string Dana = "+15550204";
    private const string Farah = "+15550206";
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 23, 58, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });

    [Fact]
    public async Task CanaryAcknowledgedByItsLink_ResolvedNobodyElseToldAndNothingWrittenToConnectWise()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        await using var sms = await SmsGateway.StartAsync();
        await using var bridge = await EscalationBridge.StartAsync(sandbox, _dir, _clock, sms, new Dictionary<string, string?>
        {
            ["Watch:CheckInterval"] = "00:00:20",
            ["Watch:Canary:Enabled"] = "true",
            ["Watch:Canary:At"] = "Wednesday 19:00",
        });
        List<string> CanariesTo(string phone) => EscalationBridge.Texts(sms)
            .Where(t => t.To == phone && t.Body.StartsWith("TEST #-202648 Weekly test page", StringComparison.Ordinal)).Select(t => t.Body).ToList();
        await EscalationBridge.DriveUntilAsync(_clock, () => CanariesTo(Dana).Count == 1, "the canary page to Dana", step: TimeSpan.FromSeconds(20));
        Assert.True(_clock.GetUtcNow() >= T0.AddMinutes(2));

        var ack = await _http.PostAsync(EscalationBridge.AckLink(CanariesTo(Dana)[0]), new FormUrlEncodedContent([]));
        await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(45), TimeSpan.FromSeconds(30));

        Assert.True(ack.IsSuccessStatusCode, $"{(int)ack.StatusCode}");
        var canary = Assert.Single(bridge.Incidents.Recent(20), i => i.Cause == IncidentCause.Canary);
        Assert.Equal((-202648, IncidentState.Resolved, "dschmidt"), (canary.TicketId, canary.State, canary.AcknowledgedBy));
        Assert.Single(CanariesTo(Dana));
        Assert.DoesNotContain(EscalationBridge.Texts(sms), t => t.To == Farah && t.Body.Contains("did not acknowledge", StringComparison.Ordinal));
        Assert.DoesNotContain(bridge.Outbox.Recent(500), r => r.TicketId <= 0 || r.IncidentId == canary.Key);
        Assert.DoesNotContain(sandbox.Requests.Entries, r => r.Path.Contains("202648", StringComparison.Ordinal));
        // Write-back did run for the sandbox's own P1 meanwhile: the outbox works, it just holds nothing of the canary.
        Assert.Contains(bridge.Outbox.Recent(500), r => r.TicketId == EscalationBridge.DcDownTicket);
    }

    public void Dispose()
    {
        _http.Dispose();
        _dir.Dispose();
    }
}

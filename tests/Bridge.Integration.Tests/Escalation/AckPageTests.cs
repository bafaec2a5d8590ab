using System.Net;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Escalation;

/// <summary>
/// The acknowledgement link of a real page (the SMS the sandbox's P1 sends to Dana Schmidt at 02:00): GET only
/// shows, POST acknowledges and stops the ladder; an edited, expired or other incident's token changes nothing.
/// Then write-back leaves the whole story in the sandbox ticket.
/// </summary>
public sealed class AckPageTests : IAsyncLifetime
{
    private const string Dana = "+15550204";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;
    private EscalationBridge _bridge = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
        _bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?>
        {
            ["WriteBack:Statuses:Service Desk:Acknowledged"] = "In Progress",
            ["WriteBack:Statuses:Service Desk:Resolved"] = "Completed",
        });
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 1, "the first page");
    }

    [Fact]
    public async Task Get_ShowsTheTicketAndButtons_AndChangesNothing()
    {
        var response = await _http.GetAsync(AckLink());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("DC01 not responding - nobody can log in", html, StringComparison.Ordinal);
        Assert.Contains("Northwind Dental Group", html, StringComparison.Ordinal);
        Assert.Contains("https://wiki.bridgedemo.example/runbooks/server", html, StringComparison.Ordinal);
        Assert.Contains("id=\"acknowledge\"", html, StringComparison.Ordinal);
        Assert.Equal(IncidentState.Triggered, Incident().State);
    }

    [Fact]
    public async Task Post_Acknowledges_LadderStops_AndTheTicketTellsTheStory()
    {
        var response = await _http.PostAsync(AckLink(), new FormUrlEncodedContent([]));
        var again = await _http.PostAsync(AckLink(), new FormUrlEncodedContent([]));
        // Past the dispatcher's step at 15, short of the 30-minute re-alert of an acknowledgement with no work logged.
        await EscalationBridge.DriveToAsync(_clock, T0.AddMinutes(25), TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Acknowledged ticket #1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("already acknowledged by Dana Schmidt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("dschmidt", IncidentState.Acknowledged), (Incident().AcknowledgedBy, Incident().State));
        Assert.Equal(1, To(Dana));
        Assert.Single(_bridge.Lines(EscalationBridge.DcDownTicket), e => e.Kind == TimelineKind.Acknowledged);

        var writes = new TicketWrites(_sandbox, EscalationBridge.DcDownTicket);
        await EscalationBridge.DriveUntilAsync(_clock, () => writes.StatusName == "In Progress" && _bridge.Outbox.OpenRecords().Count == 0, "write-back of the acknowledgement", TimeSpan.FromSeconds(5));
        Assert.Single(writes.TimeEntries);
        Assert.Equal(2, writes.Notes.Count);
        Assert.Equal(writes.Markers.Count, writes.Markers.Distinct().Count());
    }

    [Fact]
    public async Task Acknowledged_DanasNoteAt20_ReAlertsOnly30MinutesAfterIt()
    {
        await _http.PostAsync(AckLink(), new FormUrlEncodedContent([]));
        var acknowledged = _clock.GetUtcNow();
        await EscalationBridge.DriveToAsync(_clock, acknowledged.AddMinutes(20), TimeSpan.FromSeconds(30));
        _sandbox.State.AddNote(EscalationBridge.DcDownTicket, "Rebooted DC01, replication catching up", internalNote: true, memberIdentifier: "dschmidt");

        // The bridge's own notes and zero-hour entries on the ticket are no sign of work; Dana's note is.
        await EscalationBridge.DriveToAsync(_clock, acknowledged.AddMinutes(45), TimeSpan.FromSeconds(30));
        Assert.Equal(1, To(Dana));
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 2, "the re-alert", TimeSpan.FromSeconds(30));

        Assert.InRange(_clock.GetUtcNow(), acknowledged.AddMinutes(50), acknowledged.AddMinutes(52));
        Assert.Contains("Re-alert: acknowledged by Dana Schmidt at 02:00", EscalationBridge.Texts(_sms).Last(t => t.To == Dana).Body, StringComparison.Ordinal);
        Assert.Contains(_bridge.Lines(EscalationBridge.DcDownTicket), e => e.Kind == TimelineKind.Replanned
            && e.Text.StartsWith("Re-alert: acknowledged by Dana Schmidt at 02:00, and no note, time entry or status change in ConnectWise for 30 min", StringComparison.Ordinal));
        Assert.Contains(_bridge.Lines(EscalationBridge.DcDownTicket), e => e.Text.StartsWith("work seen in ConnectWise: note by dschmidt at 02:20", StringComparison.Ordinal));
        Assert.Equal(IncidentState.Triggered, Incident().State);
    }

    [Fact]
    public async Task Token_OneCharacterFlipped_RefusedAndNothingChanges()
    {
        var link = AckLink();
        var token = link[(link.LastIndexOf('/') + 1)..];
        var i = token.Length / 2;
        var flipped = link[..(link.Length - token.Length)] + token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];

        var get = await _http.GetAsync(flipped);
        var post = await _http.PostAsync(flipped, new FormUrlEncodedContent([]));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (get.StatusCode, post.StatusCode));
        Assert.Contains("not valid", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IncidentState.Triggered, Incident().State);
    }

    [Fact]
    public async Task Token_Expired_GoneAndNothingChanges()
    {
        var tokens = _bridge.Host.App.Services.GetRequiredService<AckTokens>();
        var old = tokens.Create(new AckClaim(Incident().Id, "dschmidt", AckAction.Acknowledge, _clock.GetUtcNow().AddSeconds(-1)));

        var post = await _http.PostAsync($"{Base}/ack/{Incident().Id}/{old}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("expired", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IncidentState.Triggered, Incident().State);
    }

    [Fact]
    public async Task Token_ForAnotherIncident_RefusedAndNothingChanges()
    {
        var tokens = _bridge.Host.App.Services.GetRequiredService<AckTokens>();
        var other = tokens.Create(new AckClaim(Incident().Id + 1, "dschmidt", AckAction.Acknowledge, _clock.GetUtcNow().AddHours(1)));

        var post = await _http.PostAsync($"{Base}/ack/{Incident().Id}/{other}", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("another incident", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(IncidentState.Triggered, Incident().State);
    }

    private string Base => $"http://127.0.0.1:{_bridge.Host.Port}";

    private Incident Incident() => _bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket).Single();

    private string AckLink() => EscalationBridge.AckLink(EscalationBridge.Texts(_sms).First(t => t.To == Dana).Body);

    private int To(string phone) => EscalationBridge.Texts(_sms).Count(t => t.To == phone);

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bridge.DisposeAsync();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

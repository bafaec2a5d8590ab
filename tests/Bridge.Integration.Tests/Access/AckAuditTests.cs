using System.Net;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Access;

/// <summary>An acknowledgement from the page's link goes into the audit trail under the member the signed link names.</summary>
public sealed class AckAuditTests : IAsyncLifetime
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
        _bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms);
        await EscalationBridge.DriveUntilAsync(_clock, () => EscalationBridge.Texts(_sms).Any(t => t.To == Dana), "the first page");
    }

    [Fact]
    public async Task PostAckLink_RecordsIncidentAcknowledged_ByTheLinksMember_ViaWeb()
    {
        var link = EscalationBridge.AckLink(EscalationBridge.Texts(_sms).First(t => t.To == Dana).Body);
        var incident = link.Split('/')[^2];

        var response = await _http.PostAsync(link, new FormUrlEncodedContent([]));
        var again = await _http.PostAsync(link, new FormUrlEncodedContent([]));
        var entries = JsonDocument.Parse(await _bridge.Host.Http.GetStringAsync("/audit.json?action=incident.")).RootElement.EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var entry = Assert.Single(entries); // the second press found it already acknowledged: nothing done, nothing recorded
        Assert.Equal("incident.acknowledged", entry.GetProperty("action").GetString());
        Assert.Equal("dschmidt", entry.GetProperty("actor").GetString());
        Assert.Equal("web", entry.GetProperty("via").GetString());
        Assert.Equal($"incident {incident}", entry.GetProperty("subject").GetString());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _bridge.DisposeAsync();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Bridge.Integration.Tests.WriteBack;

/// <summary>
/// Mails to the ticket's contact, end to end: the sandbox's P1 at Northwind Dental (contact Maria Lopez) at 02:00
/// on a Tuesday pages the on-call technician and tells Maria it was received; the acknowledgement tells her who
/// is on it; a P3 from Fabrikam Retail (business hours only) tells Lena Fischer when work starts. Each mail is
/// also an internal note on the ticket.
/// </summary>
public sealed class ClientNoticeTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;
    private EscalationBridge _bridge = null!;

    private string Mailbox => Path.Combine(_dir.Path, "mailbox");

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
        _bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, new Dictionary<string, string?>
        {
            ["Channels:Email:From"] = "Bridge MSP <desk@bridgedemo.example>",
            ["Channels:Email:PickupDirectory"] = "mailbox",
            ["WriteBack:ClientNotices:Signature"] = "The Bridge MSP service desk",
            ["WriteBack:ClientNotices:Clients:ContosoLaw:0"] = "Assigned",
        });
    }

    [Fact]
    public async Task P1AfterHours_ContactToldItWasReceived_ThenWhoIsOnIt_EachRecordedOnTheTicket()
    {
        await EscalationBridge.DriveUntilAsync(_clock, () => To("maria.lopez@northwinddental.example").Count == 1, "the received notice", TimeSpan.FromSeconds(5));
        var incident = _bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket).Single();
        await _bridge.Host.App.Services.GetRequiredService<Bridge.Worker.Escalation.Acknowledgement.IncidentActions>()
            .AcknowledgeAsync(incident.Key, "dschmidt", "link", CancellationToken.None);
        await EscalationBridge.DriveUntilAsync(_clock, () => To("maria.lopez@northwinddental.example").Count == 2, "the assigned notice", TimeSpan.FromSeconds(5));
        var writes = new TicketWrites(_sandbox, EscalationBridge.DcDownTicket);
        await EscalationBridge.DriveUntilAsync(_clock, () => writes.Notes.Count(n => ((string?)n["text"])!.StartsWith("Client notice", StringComparison.Ordinal)) == 2, "the notes of both notices", TimeSpan.FromSeconds(5));

        var mails = To("maria.lopez@northwinddental.example");
        Assert.Equal("We received ticket #1: DC01 not responding - nobody can log in", mails[0].Subject);
        Assert.StartsWith("Hello Maria,", mails[0].TextBody, StringComparison.Ordinal);
        Assert.EndsWith("The Bridge MSP service desk", (mails[0].TextBody ?? "").TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("/ack/", mails[0].HtmlBody ?? "", StringComparison.Ordinal);
        Assert.Equal("A technician is working on ticket #1", mails[1].Subject);
        Assert.Contains("Dana Schmidt is now working on your ticket #1", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Equal(writes.Markers.Count, writes.Markers.Distinct().Count());
    }

    [Fact]
    public async Task P3FromABusinessHoursOnlyClient_ToldWhenWorkStarts_AndNobodyPaged()
    {
        var id = (int)_sandbox.State.CreateTicket("FabrikamRetail", "Label printer offline", t => t.Priority(3).Contact(5))["id"]!;
        await _bridge.Host.App.Services.GetRequiredService<Bridge.Worker.Ingest.TicketPoller>().PollOnceAsync(CancellationToken.None);

        await EscalationBridge.DriveUntilAsync(_clock, () => To("lena.fischer@fabrikamretail.example").Count == 1, "the deferred notice", TimeSpan.FromSeconds(5));

        var mail = Assert.Single(To("lena.fischer@fabrikamretail.example"));
        Assert.Equal($"Ticket #{id} received: we will start on it Tuesday 24 November at 07:00", mail.Subject);
        Assert.Empty(_bridge.Incidents.ForTicket(id));
    }

    [Fact]
    public async Task ClientWhoGetsOnlyTheAssignedNotice_NotToldAboutDeferral()
    {
        var id = (int)_sandbox.State.CreateTicket("ContosoLaw", "New starter laptop", t => t.Priority(3).Contact(3))["id"]!;
        await _bridge.Host.App.Services.GetRequiredService<Bridge.Worker.Ingest.TicketPoller>().PollOnceAsync(CancellationToken.None);
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(1));

        Assert.Empty(To("priya.shah@contosolaw.example"));
        Assert.Empty(_bridge.Incidents.ForTicket(id));
    }

    private List<MimeMessage> To(string address) =>
        !Directory.Exists(Mailbox)
            ? []
            : Directory.GetFiles(Mailbox, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

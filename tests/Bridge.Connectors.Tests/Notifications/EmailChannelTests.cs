using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Email;
using Bridge.Connectors.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class EmailChannelTests : IAsyncDisposable
{
    private const string Password = "smtp-pass-Secret-123";
    private readonly SmtpTestServer _smtp = SmtpTestServer.Start("bridge", Password);

    private ChannelTestHost Host(Action<EmailChannelOptions>? tweak = null) => new(o =>
    {
        o.Email = new EmailChannelOptions
        {
            Host = "127.0.0.1",
            Port = _smtp.Port,
            Security = SmtpSecurity.None,
            Username = "bridge",
            Password = Password,
            From = "Bridge <bridge@msp.example>",
            Timeout = TimeSpan.FromSeconds(5),
        };
        tweak?.Invoke(o.Email);
    });

    [Fact]
    public async Task SendAsync_LoopbackSmtpWithAuth_SubmitsWellFormedMessageWithLinks()
    {
        using var host = Host();

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example", "alice", "Alice"), default);

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("bridge@msp.example", mail.MailFrom);
        Assert.Equal(["alice@msp.example"], mail.Recipients);
        Assert.Equal(("bridge", Password), (mail.AuthUser, mail.AuthPassword));

        var message = MimeMessage.Load(new MemoryStream(mail.Data));
        Assert.Equal("P1 ticket #123456: Contoso & Sons", message.Subject);
        Assert.Equal("bridge@msp.example", message.From.Mailboxes.Single().Address);
        Assert.Equal("Alice", message.To.Mailboxes.Single().Name);
        Assert.Equal(result.ProviderMessageId, message.MessageId);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal(MessagePriority.Urgent, message.Priority);
        Assert.Contains(TestPages.Ack.AbsoluteUri, message.TextBody);

        var html = message.HtmlBody;
        Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(TestPages.Ack.AbsoluteUri)}\">Acknowledge</a>", html);
        Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(TestPages.Escalate.AbsoluteUri)}\">Escalate</a>", html);
        Assert.Contains("Contoso &amp; Sons", html);
        Assert.DoesNotContain("<b>now</b>", html);
    }

    [Fact]
    public async Task SendAsync_WrongPassword_FailsForGoodWithoutRevealingIt()
    {
        using var host = Host(o => o.Password = "another-Secret-456");

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.False(result.IsTransient);
        Assert.Contains("credentials", result.Reason);
        Assert.Empty(_smtp.Messages);
        Assert.DoesNotContain("another-Secret-456", host.AllLogText + result.Reason);
    }

    [Fact]
    public async Task SendAsync_RecipientRefused_FailsForGood()
    {
        _smtp.RejectRecipients = true;
        using var host = Host();

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("nobody@msp.example"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.False(result.IsTransient);
        Assert.Contains("550", result.Reason);
    }

    [Fact]
    public async Task SendAsync_ServerSilentAfterData_IsUnknownNotFailed()
    {
        _smtp.SilentAfterData = true;
        // The timeout covers every SMTP step; long enough that connect and AUTH finish on a loaded machine.
        using var host = Host(o => o.Timeout = TimeSpan.FromSeconds(3));

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example"), default);

        Assert.True(result.Status == DeliveryStatus.Unknown, result.Reason);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task SendAsync_NothingListening_FailsTransient()
    {
        var closedPort = _smtp.Port;
        await _smtp.DisposeAsync();
        using var host = Host(o => o.Port = closedPort);

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task SendAsync_NotAnEmailAddress_FailsWithoutConnecting()
    {
        using var host = Host();

        var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("+15550100"), default);

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.Empty(_smtp.Commands);
    }

    [Fact]
    public async Task SendAsync_PickupDirectory_WritesOneMessageFileStampedByTheBridgeClockAndNoSmtp()
    {
        var mailbox = Path.Combine(Path.GetTempPath(), "bridge-mailbox-" + Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 7, 15, 4, TimeSpan.Zero));
        try
        {
            using var host = new ChannelTestHost(o => o.Email = new EmailChannelOptions { From = "Bridge <bridge@msp.example>", PickupDirectory = mailbox }, clock);

            var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example", "alice", "Alice"), default);

            Assert.Equal(DeliveryStatus.Sent, result.Status);
            var file = Assert.Single(Directory.GetFiles(mailbox));
            Assert.Matches(@"^20261124T071504Z-ticket123456-[0-9a-f]{8}\.eml$", Path.GetFileName(file));
            var message = await MimeMessage.LoadAsync(file);
            Assert.Equal(("P1 ticket #123456: Contoso & Sons", "Alice", result.ProviderMessageId), (message.Subject, message.To.Mailboxes.Single().Name, message.MessageId));
            Assert.Equal(clock.GetUtcNow(), message.Date);
            Assert.Contains(TestPages.Ack.AbsoluteUri, message.TextBody);
            Assert.Empty(_smtp.Commands);
            Assert.Contains(host.Logs.Entries, e => e.Message.Contains(file, StringComparison.Ordinal) && e.Message.Contains("a***@msp.example", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(mailbox, recursive: true);
        }
    }

    [Fact]
    public async Task SendAsync_PickupDirectoryUnwritable_FailsWithoutThrowing()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            using var host = new ChannelTestHost(o => o.Email = new EmailChannelOptions { From = "b@msp.example", PickupDirectory = Path.Combine(blocker, "mailbox") });

            var result = await host.Channel(ChannelKinds.Email).SendAsync(TestPages.Page(), new ContactAddress("alice@msp.example"), default);

            Assert.Equal(DeliveryStatus.Failed, result.Status);
            Assert.Contains("pickup directory", result.Reason);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    public ValueTask DisposeAsync() => _smtp.DisposeAsync();
}

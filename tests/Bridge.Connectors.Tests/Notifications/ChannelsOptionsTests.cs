using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Email;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Connectors.Notifications.Webhook;

namespace Bridge.Connectors.Tests.Notifications;

public sealed class ChannelsOptionsTests
{
    private static IReadOnlyList<string> Failures(ChannelsOptions options) =>
        new ChannelsOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_NoChannelConfigured_Succeeds() => Assert.Empty(Failures(new ChannelsOptions()));

    [Fact]
    public void Validate_SmsWithoutTokenAndBadUrl_NamesEachKey()
    {
        var failures = Failures(new ChannelsOptions { Sms = new SmsChannelOptions { AccountSid = "AC1", From = "+1555", BaseUrl = "http://gateway.example.com/" } });

        Assert.Contains(failures, f => f.Contains("Channels:Sms:AuthToken", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Channels:Sms:BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EmailPortOutOfRangeAndBadFrom_NamesEachKey()
    {
        var failures = Failures(new ChannelsOptions { Email = new EmailChannelOptions { Host = "smtp.example.com", Port = 0, From = "not a mailbox <" } });

        Assert.Contains(failures, f => f.Contains("Channels:Email:Port", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Channels:Email:From", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CredentialsInClearToRemoteHost_Refused()
    {
        var failures = Failures(new ChannelsOptions
        {
            Email = new EmailChannelOptions { Host = "smtp.example.com", Security = SmtpSecurity.None, Username = "u", Password = "p", From = "b@example.com" },
        });

        Assert.Contains(failures, f => f.Contains("Channels:Email:Security", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_EmailWithoutHostOrPickupDirectory_SaysEitherIsNeeded()
    {
        var failures = Failures(new ChannelsOptions { Email = new EmailChannelOptions { From = "b@example.com" } });

        Assert.EndsWith("Channels:Email:Host is required (the SMTP server, e.g. smtp.office365.com), unless Channels:Email:PickupDirectory is set.", Assert.Single(failures));
    }

    [Fact]
    public void Validate_EmailToAPickupDirectory_NeedsNoSmtpHost() =>
        Assert.Empty(Failures(new ChannelsOptions { Email = new EmailChannelOptions { From = "b@example.com", PickupDirectory = "demo-mailbox" } }));

    [Fact]
    public void Validate_ShortWebhookSecret_NamesTheKey()
    {
        var failures = Failures(new ChannelsOptions { Webhook = new WebhookChannelOptions { Url = "https://hooks.example.com/x", Secret = "short" } });

        Assert.Contains(failures, f => f.Contains("Channels:Webhook:Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void ToString_Secrets_AreMasked()
    {
        var text = new SmsChannelOptions { AuthToken = "token-value-1" } + " " + new EmailChannelOptions { Password = "password-value-2" } + " "
            + new WebhookChannelOptions { Url = "https://hooks.example.com/secret-path", Secret = "secret-value-3" };

        Assert.DoesNotContain("token-value-1", text);
        Assert.DoesNotContain("password-value-2", text);
        Assert.DoesNotContain("secret-value-3", text);
        Assert.DoesNotContain("secret-path", text);
    }
}

using System.ComponentModel.DataAnnotations;
using System.Net;
using Bridge.Connectors.Notifications.Email;
using MimeKit;

namespace Bridge.Connectors.Notifications;

/// <summary>Cross-field rules of <see cref="ChannelsOptions"/>; each message names its key path.</summary>
internal static class ChannelsOptionsRules
{
    public static IEnumerable<ValidationResult> Check(ChannelsOptions options)
    {
        var results = new List<ValidationResult>();
        if (options.Email is { } email)
        {
            CheckEmail(email, results);
        }

        if (options.Sms is { } sms)
        {
            CheckUrl(sms.BaseUrl, "Channels:Sms:BaseUrl", required: false, results);
            CheckUrl(sms.InboundUrl, "Channels:Sms:InboundUrl", required: false, results);
            CheckUrl(sms.StatusCallbackUrl, "Channels:Sms:StatusCallbackUrl", required: false, results);
            if (sms.AccountSid.Contains(':', StringComparison.Ordinal))
            {
                results.Add(Fail("Channels:Sms:AccountSid must not contain ':' (it would break the Basic credentials).", "Sms"));
            }
        }

        CheckUrl(options.Teams?.WebhookUrl, "Channels:Teams:WebhookUrl", required: false, results);
        CheckUrl(options.Slack?.WebhookUrl, "Channels:Slack:WebhookUrl", required: false, results);
        CheckUrl(options.Webhook?.Url, "Channels:Webhook:Url", required: false, results);
        return results;
    }

    /// <summary>An absolute https URL, or http on loopback (tests, a local relay).</summary>
    internal static bool IsAcceptableUrl(string? value, out Uri uri)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out uri!) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));
    }

    private static void CheckEmail(EmailChannelOptions email, List<ValidationResult> results)
    {
        if (string.IsNullOrWhiteSpace(email.Host) && string.IsNullOrWhiteSpace(email.PickupDirectory))
        {
            results.Add(Fail("Channels:Email:Host is required (the SMTP server, e.g. smtp.office365.com), unless Channels:Email:PickupDirectory is set.", "Email"));
        }

        if (email.PickupDirectory is { Length: > 0 } pickup && pickup.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            results.Add(Fail("Channels:Email:PickupDirectory is not a valid folder path.", "Email"));
        }

        if (!string.IsNullOrWhiteSpace(email.From) && !MailboxAddress.TryParse(email.From, out _))
        {
            results.Add(Fail($"Channels:Email:From '{email.From}' is not a mailbox (e.g. \"Bridge <bridge@example.com>\").", "Email"));
        }

        if (!string.IsNullOrEmpty(email.Password) && string.IsNullOrEmpty(email.Username))
        {
            results.Add(Fail("Channels:Email:Username is required when Channels:Email:Password is set.", "Email"));
        }

        if (email.Security == SmtpSecurity.None && !string.IsNullOrEmpty(email.Username) && !IsLoopbackHost(email.Host))
        {
            results.Add(Fail("Channels:Email:Security None would send the SMTP credentials in clear; use StartTls or SslOnConnect (None with credentials is accepted only on loopback).", "Email"));
        }
    }

    private static void CheckUrl(string? value, string key, bool required, List<ValidationResult> results)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                results.Add(Fail($"{key} is required.", Member(key)));
            }

            return;
        }

        if (!IsAcceptableUrl(value, out _))
        {
            results.Add(Fail($"{key} must be an absolute https URL without user info (plain http only on loopback).", Member(key)));
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var ip) && IPAddress.IsLoopback(ip));

    private static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>The channel's property name: the host's report strips a one-word member prefix before the key path.</summary>
    private static string Member(string key) => key.Split(':')[1];

    private static ValidationResult Fail(string message, string member) => new(message, [member]);
}

using System.ComponentModel.DataAnnotations;
using Bridge.Connectors.Notifications.Email;
using Bridge.Connectors.Notifications.Slack;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Connectors.Notifications.Teams;
using Bridge.Connectors.Notifications.Webhook;
using Microsoft.Extensions.Options;

namespace Bridge.Connectors.Notifications;

/// <summary>
/// The notification channels (section <see cref="SectionName"/>). Each channel is optional: a channel whose
/// section is absent stays null and is disabled. Validated at start by <see cref="ChannelsOptionsValidator"/>;
/// every message names its key path (e.g. <c>Channels:Sms:AuthToken</c>).
/// </summary>
/// <example>
/// <code>
/// "Channels": {
///   "Email":   { "Host": "smtp.example.com", "Port": 587, "Security": "StartTls", "Username": "bridge", "Password": "…", "From": "Bridge &lt;bridge@example.com&gt;" },
///   "Sms":     { "BaseUrl": "https://api.twilio.com/", "AccountSid": "AC…", "AuthToken": "…", "From": "+15550100" },
///   "Teams":   { "WebhookUrl": "https://…" },
///   "Slack":   { "WebhookUrl": "https://hooks.slack.com/services/…" },
///   "Webhook": { "Url": "https://paging.example.com/bridge", "Secret": "…" }
/// }
/// </code>
/// </example>
public sealed class ChannelsOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Channels";

    /// <summary>Email over SMTP; null when not configured.</summary>
    [ValidateObjectMembers]
    public EmailChannelOptions? Email { get; set; }

    /// <summary>SMS through a Twilio-compatible gateway; null when not configured.</summary>
    [ValidateObjectMembers]
    public SmsChannelOptions? Sms { get; set; }

    /// <summary>Microsoft Teams incoming webhook; null when not configured.</summary>
    [ValidateObjectMembers]
    public TeamsChannelOptions? Teams { get; set; }

    /// <summary>Slack incoming webhook; null when not configured.</summary>
    [ValidateObjectMembers]
    public SlackChannelOptions? Slack { get; set; }

    /// <summary>Generic signed JSON webhook; null when not configured.</summary>
    [ValidateObjectMembers]
    public WebhookChannelOptions? Webhook { get; set; }

    /// <summary>Cross-field rules (URLs, mailboxes, credentials in clear); each message names its key path.</summary>
    /// <param name="validationContext">The validation context.</param>
    /// <returns>One result per broken rule.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => ChannelsOptionsRules.Check(this);
}

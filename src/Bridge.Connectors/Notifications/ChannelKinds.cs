namespace Bridge.Connectors.Notifications;

/// <summary>The channel kinds a contact method may name (case-insensitive).</summary>
public static class ChannelKinds
{
    /// <summary>Email over SMTP.</summary>
    public const string Email = "email";

    /// <summary>SMS through a Twilio-compatible gateway.</summary>
    public const string Sms = "sms";

    /// <summary>Microsoft Teams incoming webhook.</summary>
    public const string Teams = "teams";

    /// <summary>Slack incoming webhook.</summary>
    public const string Slack = "slack";

    /// <summary>A generic, signed JSON webhook.</summary>
    public const string Webhook = "webhook";

    /// <summary>Every kind, in a stable order.</summary>
    public static IReadOnlyList<string> All { get; } = [Email, Sms, Teams, Slack, Webhook];
}

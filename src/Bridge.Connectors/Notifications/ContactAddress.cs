namespace Bridge.Connectors.Notifications;

/// <summary>Where a channel sends: the address in the channel's own terms and, for display, the person.</summary>
/// <param name="Address">
/// Email address; E.164 phone number for SMS; a chat incoming-webhook URL for Teams/Slack (empty: the
/// channel's default webhook); a person identifier for the generic webhook.
/// </param>
/// <param name="PersonId">The person's id in the bridge's configuration, when known.</param>
/// <param name="DisplayName">The person's name, when known.</param>
public sealed record ContactAddress(string Address, string? PersonId = null, string? DisplayName = null);

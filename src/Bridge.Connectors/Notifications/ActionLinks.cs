namespace Bridge.Connectors.Notifications;

/// <summary>
/// The signed, expiring links a page carries. Each opens a confirmation page (GET never acts), so a
/// mail scanner following them changes nothing. The links are credentials: never logged in full.
/// </summary>
/// <param name="Acknowledge">Acknowledge the incident.</param>
/// <param name="Escalate">Escalate to the next person now.</param>
/// <param name="Resolve">Resolve and log time, when offered.</param>
public sealed record ActionLinks(Uri Acknowledge, Uri Escalate, Uri? Resolve = null)
{
    /// <summary>For a message that offers no action (a notice to the client); channels show no links for it.</summary>
    public static ActionLinks None { get; } = new(new Uri("about:blank"), new Uri("about:blank"));
}

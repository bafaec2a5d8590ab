namespace Bridge.Worker.OnCall;

/// <summary>How a person can be reached. The order of a person's contact methods is the order to try them.</summary>
public enum ContactKind
{
    Email,
    Sms,
    Teams,
    Slack,
    Webhook,
}

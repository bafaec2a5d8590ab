namespace Bridge.Connectors.Notifications.Http;

/// <summary>Which chat webhook a page goes to: the person's own URL, else the channel's default.</summary>
internal static class WebhookTarget
{
    public static bool TryResolve(string? personUrl, string? defaultUrl, out Uri uri, out string reason)
    {
        var chosen = string.IsNullOrWhiteSpace(personUrl) ? defaultUrl : personUrl;
        reason = "";
        if (string.IsNullOrWhiteSpace(chosen))
        {
            uri = null!;
            reason = "no webhook URL: the contact method names none and the channel has no default";
            return false;
        }

        if (!ChannelsOptionsRules.IsAcceptableUrl(chosen, out uri))
        {
            reason = "the webhook URL is not an absolute https URL";
            return false;
        }

        return true;
    }
}

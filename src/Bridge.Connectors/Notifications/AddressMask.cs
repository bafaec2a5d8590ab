namespace Bridge.Connectors.Notifications;

/// <summary>
/// How an address appears in logs: phone numbers by their last digits, mailboxes by their domain,
/// URLs by their host (a chat webhook URL is a credential).
/// </summary>
public static class AddressMask
{
    /// <summary>A loggable form of <paramref name="address"/>.</summary>
    /// <param name="address">An email address, phone number, URL or identifier.</param>
    /// <returns>The masked form.</returns>
    public static string For(string? address)
    {
        if (string.IsNullOrEmpty(address))
        {
            return "(default)";
        }

        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.GetLeftPart(UriPartial.Authority) + "/…";
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
        }

        return address.Length <= 4 ? "***" : string.Concat("***", address.AsSpan(address.Length - 4));
    }
}

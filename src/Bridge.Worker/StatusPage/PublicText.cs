using System.Text.RegularExpressions;
using Bridge.Connectors.Notifications;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// Text from a provider or a check, made fit for a page anyone on the allowed networks may read: mailboxes,
/// phone numbers and URLs are masked the way the logs mask them.
/// </summary>
internal static partial class PublicText
{
    public static string Mask(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Sensitive().Replace(text, match => AddressMask.For(match.Value));

    [GeneratedRegex(@"https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\+\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Sensitive();
}

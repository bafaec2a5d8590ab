namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// The GSM 03.38 alphabet: what fits one 160-septet SMS. Characters of the extension table take two septets;
/// any other character forces UCS-2, where one message holds 70 characters. Pure.
/// </summary>
internal static class Gsm7
{
    public const int SingleMessageSeptets = 160;

    /// <summary>Two concatenated GSM-7 segments (153 septets each once the header that joins them is counted).</summary>
    public const int TwoSegmentSeptets = 306;

    /// <summary>Two concatenated UCS-2 segments (67 characters each).</summary>
    public const int TwoSegmentUcs2 = 134;
    public const int SingleMessageUcs2 = 70;

    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    /// <summary>Septets needed for <paramref name="text"/>, or null when it needs UCS-2.</summary>
    public static int? Septets(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (Basic.Contains(c, StringComparison.Ordinal))
            {
                count++;
            }
            else if (Extension.Contains(c, StringComparison.Ordinal))
            {
                count += 2;
            }
            else
            {
                return null;
            }
        }

        return count;
    }

    /// <summary>Replaces common typographic characters by GSM look-alikes, so ticket text does not force UCS-2.</summary>
    public static string Simplify(string text) => text
        .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00A0', ' ').Replace('\t', ' ')
        .Replace("\u2026", "...", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> fits one SMS.</summary>
    public static bool FitsOneMessage(string text) =>
        Septets(text) is { } septets ? septets <= SingleMessageSeptets : text.Length <= SingleMessageUcs2;

    /// <summary>Whether <paramref name="text"/> fits two concatenated segments (one message on the phone).</summary>
    public static bool FitsTwoSegments(string text) =>
        Septets(text) is { } septets ? septets <= TwoSegmentSeptets : text.Length <= TwoSegmentUcs2;
}

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Renders the SMS template to fit two concatenated segments (306 GSM-7 characters, shown as one message) where
/// possible: an acknowledgement link takes about a hundred, and one segment left no room for what the page is about
/// (a re-alert, a fallback). The summary is shortened (with "...") first, then dropped; the links are never cut, so a
/// page that cannot fit goes out as a longer text rather than with a broken ack link. Pure.
/// </summary>
internal static class SmsText
{
    private const string Ellipsis = "...";

    public static string Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var simplified = values.ToDictionary(p => p.Key, p => Gsm7.Simplify(p.Value), StringComparer.Ordinal);
        var full = TemplateRenderer.Render(template, simplified);
        if (Gsm7.FitsTwoSegments(full) || !simplified.TryGetValue("summary", out var summary) || summary.Length == 0)
        {
            return full;
        }

        // Longest prefix of the summary that still fits (the summary is short; a linear search is plenty).
        for (var length = summary.Length - 1; length > 0; length--)
        {
            var candidate = WithSummary(template, simplified, summary[..length].TrimEnd() + Ellipsis);
            if (Gsm7.FitsTwoSegments(candidate))
            {
                return candidate;
            }
        }

        return WithSummary(template, simplified, "");
    }

    private static string WithSummary(string template, Dictionary<string, string> values, string summary)
    {
        values["summary"] = summary;
        return TemplateRenderer.Render(template, values);
    }
}

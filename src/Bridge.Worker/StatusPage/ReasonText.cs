using System.Globalization;
using System.Text.RegularExpressions;

namespace Bridge.Worker.StatusPage;

/// <summary>A stored routing reason, "[rule] text (config key)", taken apart for display.</summary>
internal sealed partial record ReasonText(string Rule, string Text, string? ConfigKey)
{
    /// <summary>Rules whose facts the page already shows beside the reasons (client, priority level, policy, SLA).</summary>
    private const string NotAnEmergency = "not an emergency: ";

    private static readonly HashSet<string> ShownAsFacts = new(StringComparer.Ordinal) { "client", "policy", "sla" };

    public static ReasonText Parse(string stored)
    {
        var match = Shape().Match(stored);
        return match.Success
            ? new ReasonText(match.Groups["rule"].Value, match.Groups["text"].Value, match.Groups["key"].Value)
            : new ReasonText("", stored, null);
    }

    /// <summary>
    /// The steps that explain the outcome, in order: hours, emergency rules and the conclusion. The first
    /// "contract" line only names the contract (a fact); a later one is the conclusion and stays. A mapped
    /// priority is a fact too; an unmapped one explains a lot and stays.
    /// </summary>
    public static IReadOnlyList<ReasonText> Deciding(IReadOnlyList<ReasonText> reasons) =>
        reasons.Where((r, i) =>
                !ShownAsFacts.Contains(r.Rule)
                && !(r.Rule == "contract" && reasons.Take(i).All(p => p.Rule != "contract"))
                && !(r.Rule == "priority" && !r.Text.Contains("not mapped", StringComparison.Ordinal)))
            .ToList();

    /// <summary>The step as a short phrase: "outside business hours", dates as the page shows them.</summary>
    public string Brief(StatusClock clock)
    {
        if (Rule == "business-hours")
        {
            return Text.Contains(" is within business hours", StringComparison.Ordinal) ? "within business hours" : "outside business hours";
        }

        if (Rule == "holiday" && HolidayName().Match(Text) is { Success: true } holiday)
        {
            return $"{holiday.Groups["name"].Value}: not a business day";
        }

        // "not an emergency: waits for …" follows the emergency step that already said "not an emergency".
        var text = Rule == "after-hours" && Text.StartsWith(NotAnEmergency, StringComparison.Ordinal) ? Text[NotAnEmergency.Length..] : Text;
        return WithShortDates(text, clock);
    }

    /// <summary>Rewrites the decider's "Mon 2026-11-23 08:00 -05:00 America/New_York" as the page's "Mon 08:00".</summary>
    internal static string WithShortDates(string text, StatusClock clock) =>
        DeciderDate().Replace(text, match => DateTimeOffset.TryParseExact(
            match.Groups["at"].Value, "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? clock.Short(at)
            : match.Value);

    [GeneratedRegex(@"^\[(?<rule>[^\]]+)\] (?<text>.*) \((?<key>[^()]*)\)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Shape();

    [GeneratedRegex(@"\b[A-Z][a-z]{2} (?<at>\d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2}) [A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex DeciderDate();

    [GeneratedRegex(@" is (?<name>.+?) \(holiday rule", RegexOptions.CultureInvariant)]
    private static partial Regex HolidayName();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>Fills <c>{name}</c> placeholders; <c>{{</c> and <c>}}</c> are literal braces. Pure.</summary>
internal static partial class TemplateRenderer
{
    public static IReadOnlyList<string> Placeholders { get; } =
        ["ticketId", "summary", "client", "contact", "contactPhone", "priority", "dueAt", "ackUrl", "escalateUrl", "resolveUrl", "incidentId", "step"];

    public static string Render(string template, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(template, match => match.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => values.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value,
        });

    public static IEnumerable<string> UnknownPlaceholders(string template) =>
        Token().Matches(template)
            .Where(m => m.Groups[1].Success && !Placeholders.Contains(m.Groups[1].Value, StringComparer.Ordinal))
            .Select(m => m.Groups[1].Value)
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

using System.Globalization;

namespace Bridge.Connectors.Notifications;

/// <summary>The ticket facts shown beside the text on cards and in the webhook body, in display order.</summary>
internal static class NotificationFacts
{
    public static IReadOnlyList<KeyValuePair<string, string>> For(Notification n)
    {
        var facts = new List<KeyValuePair<string, string>>
        {
            new("Ticket", "#" + n.TicketId.ToString(CultureInfo.InvariantCulture)),
        };
        Add(facts, "Client", n.Client);
        Add(facts, "Priority", n.Priority);
        Add(facts, "Contact", string.Join(" ", new[] { n.ContactName, n.ContactPhone }.Where(s => !string.IsNullOrWhiteSpace(s))));
        Add(facts, "Due", FormatDue(n.DueAt));
        facts.Add(new("Step", n.Step.ToString(CultureInfo.InvariantCulture)));
        return facts;
    }

    public static string FormatDue(DateTimeOffset? due) =>
        due?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "";

    private static void Add(List<KeyValuePair<string, string>> facts, string title, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new(title, value));
        }
    }
}

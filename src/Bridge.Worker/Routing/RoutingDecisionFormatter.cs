using System.Globalization;
using System.Text;

namespace Bridge.Worker.Routing;

/// <summary>The decision as <c>bridge explain</c> prints it: the outcome first, then the reasons in order.</summary>
internal static class RoutingDecisionFormatter
{
    public static string Format(RoutingDecision decision)
    {
        var text = new StringBuilder();
        Line(text, "Ticket", $"#{decision.TicketId} at {When(decision.At)}");
        Line(text, "Decision", decision.Disposition.ToString());
        Line(text, "Client", $"{decision.Client ?? "(default)"}, contract {decision.Contract}");
        Line(text, "Priority", decision.PriorityLevel ?? "(not mapped)");
        Line(text, "Emergency", decision.Emergency ? "yes" : "no");
        Line(text, "Policy", decision.EscalationPolicy);
        Line(text, "Billing", decision.Billing.ToString());
        Line(text, "SLA", $"internal response {When(decision.Sla.InternalResponse)}; client response {When(decision.Sla.ClientResponse)}; escalation {When(decision.Sla.Escalation)}");
        Line(text, "Next open", When(decision.NextBusinessOpening));
        if (decision.Configuration is { } configuration)
        {
            Line(text, "Config", configuration.Describe(decision.At.Offset));
        }
        text.AppendLine("Reasons:");
        for (var i = 0; i < decision.Reasons.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. {decision.Reasons[i]}").AppendLine();
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(CultureInfo.InvariantCulture, $"{label + ":",-11} {value}").AppendLine();

    private static string When(DateTimeOffset? at) =>
        at is { } value ? value.ToString("ddd yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : "none";
}

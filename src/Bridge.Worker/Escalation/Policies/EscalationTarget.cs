namespace Bridge.Worker.Escalation.Policies;

/// <summary>Who a step notifies, parsed from config text such as <c>schedule:after-hours</c>.</summary>
public sealed record EscalationTarget(EscalationTargetKind Kind, string Name)
{
    public const string AssignedText = "assigned";
    public const string ContactText = "contact";

    public static bool TryParse(string? text, out EscalationTarget target)
    {
        target = new EscalationTarget(EscalationTargetKind.Assigned, "");
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Equals(AssignedText, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (trimmed.Equals(ContactText, StringComparison.OrdinalIgnoreCase))
        {
            target = new EscalationTarget(EscalationTargetKind.Contact, "");
            return true;
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1)
        {
            return false;
        }

        var name = trimmed[(colon + 1)..].Trim();
        EscalationTargetKind? kind = trimmed[..colon].Trim().ToLowerInvariant() switch
        {
            "schedule" => EscalationTargetKind.Schedule,
            "role" => EscalationTargetKind.Role,
            "member" => EscalationTargetKind.Member,
            _ => null,
        };
        if (kind is null || name.Length == 0)
        {
            return false;
        }

        target = new EscalationTarget(kind.Value, name);
        return true;
    }

    public static EscalationTarget Parse(string text) =>
        TryParse(text, out var target) ? target : throw new FormatException($"'{text}' is not an escalation target.");

    public override string ToString() => Kind switch
    {
        EscalationTargetKind.Assigned => AssignedText,
        EscalationTargetKind.Contact => ContactText,
        _ => $"{Kind.ToString().ToLowerInvariant()}:{Name}",
    };
}

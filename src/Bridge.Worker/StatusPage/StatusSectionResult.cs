namespace Bridge.Worker.StatusPage;

/// <summary>
/// What a section reports beside its body: its level (colours the heading), a short note for the heading
/// ("3 of 5 healthy", "last 20"), and a line for the page's summary bar when something needs attention.
/// </summary>
internal sealed record StatusSectionResult(StatusLevel Level = StatusLevel.None, string? Note = null, string? Attention = null)
{
    public static StatusSectionResult Plain { get; } = new();
}

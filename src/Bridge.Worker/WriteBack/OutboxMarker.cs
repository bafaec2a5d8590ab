namespace Bridge.Worker.WriteBack;

/// <summary>
/// The short tag <c>[bridge:key]</c> written into every note and time entry the outbox creates, so that after a
/// lost answer the record is looked for on the ticket instead of being created twice.
/// </summary>
internal static class OutboxMarker
{
    private const string Prefix = "[bridge:";

    public static string For(string key) => Prefix + key + "]";

    /// <summary>Whether <paramref name="text"/> carries any bridge marker (something the outbox wrote).</summary>
    public static bool Any(string? text) => text?.Contains(Prefix, StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsIn(string? text, string key) =>
        text is not null && text.Contains(For(key), StringComparison.Ordinal);

    /// <summary>Text from people (a resolve note) cannot carry a marker of its own and fake a write.</summary>
    public static string Defuse(string text) => text.Replace(Prefix, "[bridge ", StringComparison.OrdinalIgnoreCase);
}

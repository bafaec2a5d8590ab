namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// An immutable ConnectWise condition (a comparison or an and/or group). <see cref="ToString"/> yields
/// the text for the <c>conditions</c> / <c>childConditions</c> query parameters.
/// </summary>
public sealed class Condition
{
    private readonly string _text;

    private Condition(ConditionKind kind, string text)
    {
        Kind = kind;
        _text = text;
    }

    internal ConditionKind Kind { get; }

    /// <summary>This condition and another one.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public Condition And(Condition other) => Combine(ConditionKind.And, [this, other]);

    /// <summary>This condition or another one.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The combined condition.</returns>
    public Condition Or(Condition other) => Combine(ConditionKind.Or, [this, other]);

    /// <summary>The conditions text, e.g. <c>board/name = "Service Desk" and closedFlag = false</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text;

    /// <summary>The conditions text, so a condition can be passed where a query string is expected.</summary>
    /// <param name="condition">The condition; null gives null.</param>
    public static implicit operator string?(Condition? condition) => condition?._text;

    internal static Condition Comparison(string text) => new(ConditionKind.Comparison, text);

    internal static Condition Combine(ConditionKind kind, IReadOnlyList<Condition> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("At least one condition is needed.", nameof(parts));
        }

        if (parts.Count == 1)
        {
            return parts[0] ?? throw new ArgumentException("A condition is null.", nameof(parts));
        }

        var separator = kind == ConditionKind.And ? " and " : " or ";
        var texts = new string[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i] ?? throw new ArgumentException("A condition is null.", nameof(parts));
            // Same-kind groups are associative and stay flat; a group of the other kind is wrapped so the
            // result never depends on the server's and/or precedence.
            texts[i] = part.Kind == ConditionKind.Comparison || part.Kind == kind ? part._text : "(" + part._text + ")";
        }

        return new Condition(kind, string.Join(separator, texts));
    }
}

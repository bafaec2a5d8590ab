namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// Entry point of the typed ConnectWise <c>conditions</c> builder.
/// <code>
/// var c = Conditions.And(
///     Conditions.Field("board/name").Equal("Service Desk"),
///     Conditions.Or(Conditions.Field("priority/id").In(1, 2), Conditions.Field("closedFlag").Equal(false)),
///     Conditions.Field("lastUpdated").GreaterThan(watermark));
/// // board/name = "Service Desk" and (priority/id in (1,2) or closedFlag = false) and lastUpdated &gt; [2026-01-02T03:04:05Z]
/// </code>
/// </summary>
/// <remarks>
/// Literal rules: strings in double quotes with <c>\</c> before an embedded <c>"</c> or <c>\</c>
/// (ConnectWise accepts both quote kinds; one escaping rule, applied everywhere, keeps the output
/// predictable for the sandbox's parser and never lets a value close its own quotes); numbers in invariant
/// culture; booleans <c>true</c>/<c>false</c>; instants as <c>[yyyy-MM-ddTHH:mm:ssZ]</c> in UTC; <c>null</c>.
/// Field paths are checked (letters, digits, <c>_</c>, <c>/</c>, <c>.</c>) so a path cannot inject syntax.
/// </remarks>
public static class Conditions
{
    /// <summary>Starts a condition on a field path such as <c>board/name</c> or <c>_info/lastUpdated</c>.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>A builder for the comparison.</returns>
    /// <exception cref="ArgumentException">The path is empty or contains characters outside the allowed set.</exception>
    public static ConditionField Field(string path) => new(path);

    /// <summary>All of the conditions (<c>a and b and c</c>); an <c>or</c> group inside is parenthesised.</summary>
    /// <param name="conditions">At least one condition.</param>
    /// <returns>The combined condition.</returns>
    public static Condition And(params Condition[] conditions) => Condition.Combine(ConditionKind.And, conditions);

    /// <summary>Any of the conditions (<c>a or b or c</c>); an <c>and</c> group inside is parenthesised.</summary>
    /// <param name="conditions">At least one condition.</param>
    /// <returns>The combined condition.</returns>
    public static Condition Or(params Condition[] conditions) => Condition.Combine(ConditionKind.Or, conditions);
}

namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>The answer of a <c>…/count</c> endpoint: <c>{"count": 123}</c>.</summary>
public sealed record CountResult
{
    /// <summary>Number of matching records.</summary>
    public int Count { get; init; }
}

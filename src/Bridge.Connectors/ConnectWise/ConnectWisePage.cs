namespace Bridge.Connectors.ConnectWise;

/// <summary>One page of a ConnectWise list with the server's clock at the answer.</summary>
/// <typeparam name="T">Row type.</typeparam>
/// <param name="Rows">The rows, in server order.</param>
/// <param name="ServerDate">The answer's <c>Date</c> header (ConnectWise's clock, whole seconds); null when absent.</param>
public sealed record ConnectWisePage<T>(IReadOnlyList<T> Rows, DateTimeOffset? ServerDate);

using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Ingest;

/// <summary>
/// What one poll asks ConnectWise for, per board. Pure: the watermark is ConnectWise's own timestamp, never
/// the local clock, and the query grows with the tickets changed since it, not with the board's backlog.
/// </summary>
internal static class PollQuery
{
    public const string OrderBy = "_info/lastUpdated asc, id asc";

    /// <summary>The watermark key of a board entry (<c>board:Service Desk</c>, <c>board:#2</c>) or of all boards.</summary>
    public static string Scope(string? board) =>
        board is null ? "all" : int.TryParse(board, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? $"board:#{id}" : $"board:{board.Trim()}";

    /// <summary>
    /// Cold start (no watermark): the open tickets. Afterwards: <c>lastUpdated &gt; watermark − overlap</c>; the
    /// overlap catches saves ConnectWise stamped earlier than it committed them, and the tracker drops what it has.
    /// </summary>
    public static Condition Conditions(string? board, DateTimeOffset? watermark, TimeSpan overlap)
    {
        var since = watermark is { } w
            ? Connectors.ConnectWise.Conditions.Field("lastUpdated").GreaterThan(w - overlap)
            : Connectors.ConnectWise.Conditions.Field("closedFlag").Equal(false);
        return board is null ? since : Connectors.ConnectWise.Conditions.And(BoardCondition(board), since);
    }

    private static Condition BoardCondition(string board) =>
        int.TryParse(board, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? Connectors.ConnectWise.Conditions.Field("board/id").Equal(id)
            : Connectors.ConnectWise.Conditions.Field("board/name").Equal(board.Trim());
}

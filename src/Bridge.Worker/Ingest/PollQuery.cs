using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Ingest;

/// <summary>
/// What one poll asks ConnectWise for, per board. Pure: the watermark is ConnectWise's own timestamp, never
/// the local clock, and the query grows with the tickets changed since it, not with the board's backlog.
/// </summary>
internal static class PollQuery
{
    /// <summary>The watermark key of a board entry (<c>board:Service Desk</c>, <c>board:#2</c>) or of all boards.</summary>
    public static string Scope(string? board) =>
        board is null ? "all" : int.TryParse(board, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? $"board:#{id}" : $"board:{board.Trim()}";

    /// <summary>The watermark key of an opted-in project board (<c>project:Projects</c>).</summary>
    public static string ProjectScope(string board) => "project:" + Scope(board)["board:".Length..];

    /// <summary>
    /// Where the watermark may move after a complete forward-only scan. Rows come in id order, so a ticket saved
    /// during the scan after its row went by is not in it: the watermark moves no further than the second before
    /// the scan began (<paramref name="serverDate"/>, ConnectWise's clock at its first answer) and never past the
    /// newest stamp read, so the next poll (with its overlap) reads every save made while this one ran.
    /// Without a server date, the newest stamp read.
    /// </summary>
    public static DateTimeOffset? NextWatermark(DateTimeOffset? serverDate, DateTimeOffset? newestRead)
    {
        if (serverDate is not { } date)
        {
            return newestRead;
        }

        var beforeScan = date.ToUniversalTime().AddSeconds(-1);
        return newestRead is { } newest && newest < beforeScan ? newest : beforeScan;
    }

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

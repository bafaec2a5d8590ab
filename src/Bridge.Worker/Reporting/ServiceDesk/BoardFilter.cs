using System.Globalization;
using Bridge.Connectors.ConnectWise;

namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>
/// The boards a ConnectWise report reads: its own list when set, else <c>Ingest:Boards</c>; both empty, every board.
/// Entries are names or ids, as in <c>Ingest:Boards</c>.
/// </summary>
internal static class BoardFilter
{
    public static IReadOnlyList<string> Boards(IEnumerable<string> own, IEnumerable<string> ingest)
    {
        var chosen = own.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToList();
        return chosen.Count > 0 ? chosen : ingest.Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b.Trim()).ToList();
    }

    /// <summary><c>board/name in ("a","b") or board/id in (2)</c>, or null for every board.</summary>
    public static Condition? Condition(IReadOnlyList<string> boards)
    {
        if (boards.Count == 0)
        {
            return null;
        }

        var ids = new List<long>();
        var names = new List<string>();
        foreach (var board in boards)
        {
            if (long.TryParse(board, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ids.Add(id);
            }
            else
            {
                names.Add(board);
            }
        }

        var parts = new List<Condition>(2);
        if (names.Count > 0)
        {
            parts.Add(Conditions.Field("board/name").In([.. names]));
        }

        if (ids.Count > 0)
        {
            parts.Add(Conditions.Field("board/id").In([.. ids]));
        }

        return Conditions.Or([.. parts]);
    }

    /// <summary>The condition with the board filter in front, when there is one.</summary>
    public static Condition On(Condition? boards, Condition condition) => boards is null ? condition : Conditions.And(boards, condition);

    /// <summary>"Service Desk, Alerts" or "every board", for a note.</summary>
    public static string Describe(IReadOnlyList<string> boards) => boards.Count == 0 ? "every board" : string.Join(", ", boards);
}

namespace Bridge.Benchmarks.Results;

/// <summary>One line of the table: what was measured, what we aim for, what came out, and whether it meets the aim.</summary>
internal sealed record ResultRow(string Figure, string Target, string Measured, string Verdict)
{
    public string ToTsv() => string.Join('\t', Clean(Figure), Clean(Target), Clean(Measured), Clean(Verdict));

    public static ResultRow? FromTsv(string line)
    {
        var cells = line.Split('\t');
        return cells.Length == 4 ? new ResultRow(cells[0], cells[1], cells[2], cells[3]) : null;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}

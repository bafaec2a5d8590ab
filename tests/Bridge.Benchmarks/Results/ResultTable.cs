namespace Bridge.Benchmarks.Results;

/// <summary>Prints the rows of a results file as one aligned table (also valid Markdown).</summary>
internal static class ResultTable
{
    private static readonly string[] Header = ["figure", "target", "measured", "verdict"];

    public static void Print(string file, TextWriter output)
    {
        var rows = File.Exists(file)
            ? File.ReadAllLines(file).Select(ResultRow.FromTsv).OfType<ResultRow>().ToList()
            : [];
        var cells = rows.Select(r => new[] { r.Figure, r.Target, r.Measured, r.Verdict }).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        for (var i = 0; i < cells.Count; i++)
        {
            output.WriteLine("| " + string.Join(" | ", cells[i].Select((cell, c) => cell.PadRight(widths[c]))) + " |");
            if (i == 0)
            {
                output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
            }
        }
    }
}

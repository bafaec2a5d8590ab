using System.Globalization;
using System.Text;

namespace Bridge.Worker.Reporting.Web;

/// <summary>A report as plain text: what <c>bridge report</c> prints and the morning digest mails.</summary>
internal static class ReportText
{
    /// <summary>The report as a person reads it in a terminal: each table's title and key, its columns aligned, its note.</summary>
    public static string Write(ReportResult result, IReadOnlyList<ReportTable> tables)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{result.Title}: {result.Period} (days in {result.Period.Zone.Id})\n");
        foreach (var note in result.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {note}\n");
        }

        foreach (var table in tables)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{table.Title} [{table.Key}]\n");
            if (table.Rows.Count == 0)
            {
                text.Append("  nothing in this period\n");
            }
            else
            {
                var cells = table.Rows
                    .Select(row => table.Columns.Select((c, i) => ReportCells.Display(i < row.Count ? row[i] : null, c.Kind)).ToList())
                    .ToList();
                var widths = table.Columns.Select((c, i) => Math.Max(c.Title.Length, cells.Max(r => r[i].Length))).ToList();
                Line(text, table.Columns.Select(c => c.Title).ToList(), table, widths);
                foreach (var row in cells)
                {
                    Line(text, row, table, widths);
                }
            }

            if (table.Note is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {table.Note}\n");
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, List<string> cells, ReportTable table, List<int> widths)
    {
        text.Append(' ');
        for (var i = 0; i < cells.Count; i++)
        {
            var numeric = table.Columns[i].Kind != ReportValueKind.Text;
            text.Append(' ').Append(numeric ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        text.Append('\n');
    }
}

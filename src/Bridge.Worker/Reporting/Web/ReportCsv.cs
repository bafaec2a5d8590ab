using System.Text;

namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// One report table as CSV (RFC 4180: comma, CRLF, quotes doubled): a header of the column keys, then one line per row.
/// A text cell that a spreadsheet would run as a formula (it begins with = + - @, a tab or a carriage return: a client
/// name from ConnectWise is anyone's text) is written with a leading apostrophe.
/// </summary>
internal static class ReportCsv
{
    public static string Write(ReportTable table)
    {
        var csv = new StringBuilder();
        Line(csv, table.Columns.Select(c => c.Key));
        foreach (var row in table.Rows)
        {
            Line(csv, table.Columns.Select((_, i) => Cell(i < row.Count ? row[i] : null)));
        }

        return csv.ToString();
    }

    private static string Cell(object? value)
    {
        var raw = ReportCells.Raw(value);
        return value is string && raw.Length > 0 && raw[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + raw : raw;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                csv.Append(',');
            }

            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(cell);
            }
        }

        csv.Append("\r\n");
    }
}

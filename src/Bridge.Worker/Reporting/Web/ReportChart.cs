using System.Globalization;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// A table's <see cref="ReportTable.ChartColumn"/> drawn by the bridge as an inline SVG bar chart: one bar a row,
/// labelled by the row's first cell, with its value written beside it (the chart never carries a figure the table
/// does not). Bars start at zero, so a negative figure (under capacity) points left of the axis. No script, no
/// external asset; colours come from the page's stylesheet, so it prints and follows dark mode.
/// </summary>
internal static class ReportChart
{
    private const int Width = 640;
    private const int LabelWidth = 190;
    private const int ValueWidth = 90;
    private const int RowHeight = 26;
    private const int MaxRows = 40;

    /// <summary>The chart, or <see cref="HtmlFragment.Empty"/> when the table has no chart column, no rows or no number in it.</summary>
    public static HtmlFragment Draw(ReportTable table)
    {
        var index = table.ChartColumn is null ? -1 : IndexOf(table, table.ChartColumn);
        if (index < 0)
        {
            return HtmlFragment.Empty;
        }

        var column = table.Columns[index];
        var bars = table.Rows.Take(MaxRows)
            .Select(row => (Label: Label(row), Value: index < row.Count ? ReportCells.Number(row[index]) : null, Cell: index < row.Count ? row[index] : null))
            .ToList();
        if (bars.All(b => b.Value is null))
        {
            return HtmlFragment.Empty;
        }

        var low = Math.Min(0m, bars.Min(b => b.Value ?? 0m));
        var high = Math.Max(0m, bars.Max(b => b.Value ?? 0m));
        var span = high - low == 0m ? 1m : high - low;
        var plot = Width - LabelWidth - ValueWidth;
        var zero = LabelWidth + (int)Math.Round(plot * (0m - low) / span);
        var height = (bars.Count * RowHeight) + 8;
        var title = $"{column.Title} by {table.Columns[0].Title.ToLowerInvariant()}: bar chart of the table below";
        return HtmlWriter.Build(html =>
        {
            html.Append($"<figure class=\"chart\"><svg viewBox=\"0 0 {Px(Width)} {Px(height)}\" width=\"100%\" role=\"img\" aria-label=\"{title}\" focusable=\"false\">");
            html.Append($"<line class=\"axis\" x1=\"{Px(zero)}\" y1=\"0\" x2=\"{Px(zero)}\" y2=\"{Px(height)}\"/>");
            for (var i = 0; i < bars.Count; i++)
            {
                var (label, value, cell) = bars[i];
                var y = (i * RowHeight) + 4;
                html.Append($"<text class=\"label\" x=\"{Px(LabelWidth - 8)}\" y=\"{Px(y + 17)}\" text-anchor=\"end\">{Shorten(label)}</text>");
                if (value is { } v)
                {
                    var end = LabelWidth + (int)Math.Round(plot * (v - low) / span);
                    var (x, w) = end >= zero ? (zero, end - zero) : (end, zero - end);
                    html.Append($"<rect class=\"bar\" x=\"{Px(x)}\" y=\"{Px(y + 3)}\" width=\"{Px(Math.Max(w, 1))}\" height=\"{Px(RowHeight - 8)}\"/>");
                    html.Append($"<text class=\"value\" x=\"{Px(Math.Max(end, zero) + 6)}\" y=\"{Px(y + 17)}\">{ReportCells.Display(cell, column.Kind)}</text>");
                }
                else
                {
                    html.Append($"<text class=\"value\" x=\"{Px(zero + 6)}\" y=\"{Px(y + 17)}\">{ReportCells.None}</text>");
                }
            }

            html.Append($"</svg><figcaption>{column.Title}</figcaption></figure>");
        });
    }

    private static int IndexOf(ReportTable table, string key)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (table.Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Label(IReadOnlyList<object?> row) => row.Count == 0 ? "" : ReportCells.Display(row[0], ReportValueKind.Text);

    private static string Shorten(string label) => label.Length <= 26 ? label : label[..25] + "…";

    private static string Px(int value) => value.ToString(CultureInfo.InvariantCulture);
}

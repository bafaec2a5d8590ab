using Bridge.Worker.Reporting;

namespace Bridge.Worker.Tests.Reporting.Paging;

/// <summary>Reads report tables the way a person does: the table by key, the row by its first cell, the cell by column key.</summary>
internal static class ReportTables
{
    public static ReportTable Table(this IReadOnlyList<ReportTable> tables, string key) => Assert.Single(tables, t => t.Key == key);

    public static IReadOnlyList<object?> Row(this ReportTable table, params object[] leading) =>
        Assert.Single(table.Rows, r => leading.Select((cell, i) => Equals(r[i], cell)).All(same => same));

    public static object? Cell(this ReportTable table, IReadOnlyList<object?> row, string column)
    {
        var index = table.Columns.Select(c => c.Key).ToList().IndexOf(column);
        Assert.True(index >= 0, $"{table.Key} has no column {column}");
        return row[index];
    }

    /// <summary>The named cells of the row whose first cells are <paramref name="leading"/>, in the order asked.</summary>
    public static object?[] Cells(this ReportTable table, object[] leading, params string[] columns)
    {
        var row = table.Row(leading);
        return columns.Select(c => table.Cell(row, c)).ToArray();
    }

    public static List<string?> FirstColumn(this ReportTable table) => table.Rows.Select(r => r[0] as string).ToList();
}

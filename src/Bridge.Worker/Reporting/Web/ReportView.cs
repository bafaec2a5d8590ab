using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.Reporting.Web;

/// <summary>A report as JSON (<c>GET /reports/{name}/report.json</c>), which <c>bridge report</c> reads from the running service.</summary>
internal sealed record ReportView(
    string Name,
    string Title,
    string From,
    string To,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ReportTableView> Tables)
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary><see cref="To"/> is the last day included, as the reader asked for it.</summary>
    public static ReportView Of(ReportResult result) => new(
        result.Name,
        result.Title,
        Date(result.Period.From),
        Date(result.Period.LastDay),
        result.Notes,
        result.Tables.Select(t => new ReportTableView(t.Key, t.Title, t.Columns, t.Rows, t.Note, t.ChartColumn)).ToList());

    /// <summary>The report again, its cells back to numbers and text (JSON gives <see cref="JsonElement"/>s).</summary>
    public ReportResult ToResult(DateTimeZone zone)
    {
        var from = LocalDatePattern.Iso.Parse(From).GetValueOrThrow();
        var to = LocalDatePattern.Iso.Parse(To).GetValueOrThrow().PlusDays(1);
        var tables = Tables.Select(t => new ReportTable(
            t.Key,
            t.Title,
            t.Columns,
            t.Rows.Select(row => (IReadOnlyList<object?>)row.Select(cell => cell is JsonElement e ? ReportCells.FromJson(e) : cell).ToList()).ToList())
        {
            Note = t.Note,
            ChartColumn = t.ChartColumn,
        }).ToList();
        return new ReportResult(Name, Title, new ReportPeriod(from, to, zone), tables) { Notes = Notes };
    }

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

internal sealed record ReportTableView(
    string Key,
    string Title,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    string? Note,
    string? ChartColumn);

using System.Globalization;
using Bridge.Worker.Kernel;
using NodaTime;

namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// The report pages: server-rendered, no script, no external asset, charts as inline SVG, one stylesheet for light,
/// dark and print. Every table has a CSV link; numbers are right-aligned; the first cell of a row is its header.
/// </summary>
internal static class ReportPage
{
    public static string Index(ReportCatalog catalog, DateTimeOffset now)
    {
        var zone = catalog.Zone;
        var body = HtmlWriter.Build(html =>
        {
            html.Append($"<h1>Reports</h1><p class=\"lead\">What the nights cost and who carried them. Dates are days in {zone.Id}; every table is also a CSV file, and <code>bridge report</code> prints the same.</p><ul class=\"reports\">");
            foreach (var report in catalog.All)
            {
                var period = report.DefaultPeriod(now, zone);
                html.Append($"<li><h2><a href=\"{ReportEndpoints.Path}/{report.Name}\">{report.Title}</a></h2><p>{report.Summary}</p><p class=\"muted\">Shown for {period} unless you pick other days.</p></li>");
            }

            html.Append($"</ul>");
        });
        return Document("Reports", catalog, null, body, now);
    }

    public static string NotFound(ReportCatalog catalog, string problem) =>
        Document("No such report", catalog, null, HtmlWriter.Build(html => html.Append($"<h1>No such report</h1><p class=\"problem\" role=\"alert\">{problem}</p>")), null);

    public static string Show(
        ReportCatalog catalog, IReport report, ReportPeriod? period, ReportResult? result, string? problem, string? from, string? to, DateTimeOffset now)
    {
        var shown = result?.Period ?? period;
        var body = HtmlWriter.Build(html =>
        {
            html.Append($"<h1>{report.Title}</h1><p class=\"lead\">{report.Summary}</p>");
            html.Append($"<form class=\"period\" method=\"get\" action=\"{ReportEndpoints.Path}/{report.Name}\"><div><label for=\"from\">From</label><input type=\"date\" id=\"from\" name=\"from\" value=\"{Date(shown?.From) ?? from?.Trim()}\"></div>");
            html.Append($"<div><label for=\"to\">To (included)</label><input type=\"date\" id=\"to\" name=\"to\" value=\"{Date(shown?.LastDay) ?? to?.Trim()}\"></div><button type=\"submit\">Show</button></form>");
            if (shown is not null)
            {
                html.Append($"<p class=\"muted\" id=\"period\">{shown}, days in {shown.Zone.Id}. Built {Local(now, shown.Zone)}.</p>");
            }

            if (problem is not null)
            {
                html.Append($"<p class=\"problem\" role=\"alert\">{problem}</p>");
            }

            if (result is null)
            {
                return;
            }

            if (result.Notes.Count > 0)
            {
                html.Append($"<ul class=\"notes\">");
                foreach (var note in result.Notes)
                {
                    html.Append($"<li>{note}</li>");
                }

                html.Append($"</ul>");
            }

            foreach (var table in result.Tables)
            {
                Table(html, result, table);
            }
        });
        return Document(report.Title, catalog, report, body, now);
    }

    private static void Table(HtmlWriter html, ReportResult result, ReportTable table)
    {
        var id = "t-" + table.Key;
        html.Append($"<section class=\"table\" aria-labelledby=\"{id}\"><h2 id=\"{id}\">{table.Title}</h2>");
        if (table.Rows.Count == 0)
        {
            html.Append($"<p class=\"empty\">Nothing in this period.</p>");
        }
        else
        {
            html.Fragment(ReportChart.Draw(table));
            html.Append($"<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}\"><table><thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append($"<th scope=\"col\" class=\"{Align(column.Kind)}\">{column.Title}</th>");
            }

            html.Append($"</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                html.Append($"<tr>");
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var column = table.Columns[i];
                    var cell = ReportCells.Display(i < row.Count ? row[i] : null, column.Kind);
                    if (i == 0)
                    {
                        html.Append($"<th scope=\"row\" class=\"{Align(column.Kind)}\">{cell}</th>");
                    }
                    else
                    {
                        html.Append($"<td class=\"{Align(column.Kind)}\">{cell}</td>");
                    }
                }

                html.Append($"</tr>");
            }

            html.Append($"</tbody></table></div>");
        }

        if (table.Note is not null)
        {
            html.Append($"<p class=\"note\">{table.Note}</p>");
        }

        var csv = string.Create(
            CultureInfo.InvariantCulture,
            $"{ReportEndpoints.Path}/{result.Name}/{table.Key}.csv?from={result.Period.From:yyyy-MM-dd}&to={result.Period.LastDay:yyyy-MM-dd}");
        html.Append($"<p class=\"csv\"><a href=\"{csv}\" download>Download “{table.Title}” as CSV</a></p></section>");
    }

    private static string Align(ReportValueKind kind) => kind == ReportValueKind.Text ? "text" : "num";

    private static string? Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    private static string Document(string title, ReportCatalog catalog, IReport? current, HtmlFragment body, DateTimeOffset? now)
    {
        var navigation = HtmlWriter.Build(html =>
        {
            html.Append($"<nav aria-label=\"Reports\"><ul><li><a href=\"/\">Status</a></li><li><a href=\"{ReportEndpoints.Path}\"{Current(current is null)}>Reports</a></li>");
            foreach (var report in catalog.All)
            {
                html.Append($"<li><a href=\"{ReportEndpoints.Path}/{report.Name}\"{Current(report == current)}>{report.Title}</a></li>");
            }

            html.Append($"</ul></nav>");
        });
        var footer = now is { } at ? $"Bridge · {Local(at, catalog.Zone)} {catalog.Zone.Id}" : "Bridge";
        return HtmlWriter.Build(html => html.Append(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" content=\"noindex\"><meta name=\"color-scheme\" content=\"light dark\"><title>{title} · Bridge</title><style>{new HtmlFragment(ReportStyles.Css)}</style></head><body><a class=\"skip\" href=\"#main\">Skip to the report</a><header>{navigation}</header><main id=\"main\">{body}</main><footer><p>{footer}</p></footer></body></html>")).Markup;
    }

    private static HtmlFragment Current(bool current) => current ? new HtmlFragment(" aria-current=\"page\"") : HtmlFragment.Empty;
}

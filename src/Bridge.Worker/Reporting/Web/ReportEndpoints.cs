using System.Globalization;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Reporting.Web;

/// <summary>
/// The reports on the web, for a viewer and above: <c>GET /reports</c> (the list), <c>GET /reports/{name}</c> (a report
/// as a printable page with its charts), <c>GET /reports/{name}/{table}.csv</c> (one table as CSV) and
/// <c>GET /reports/{name}/report.json</c> (what <c>bridge report</c> reads). <c>from</c> and <c>to</c> pick the days.
/// </summary>
internal static class ReportEndpoints
{
    public const string Path = "/reports";

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path);
        group.MapGet("/", Index).ForRole(AccessRole.Viewer, page: true);
        group.MapGet("/{name}", ShowAsync).ForRole(AccessRole.Viewer, page: true);
        group.MapGet("/{name}/report.json", JsonAsync).ForRole(AccessRole.Viewer);
        group.MapGet("/{name}/{table}.csv", CsvAsync).ForRole(AccessRole.Viewer);
        return endpoints;
    }

    /// <summary>The report for the period, or why not: the name is unknown (404), the dates are wrong (400), it failed (503, logged).</summary>
    public static async Task<ReportOutcome> BuildAsync(ReportCatalog catalog, string name, string? from, string? to, ILogger logger, CancellationToken cancellationToken)
    {
        if (catalog.Find(name) is not { } report)
        {
            return ReportOutcome.Fail(StatusCodes.Status404NotFound, $"There is no report '{name}'. The reports: {string.Join(", ", catalog.All.Select(r => r.Name))}.");
        }

        var (period, problem) = catalog.Period(report, from, to);
        if (period is null)
        {
            return ReportOutcome.Fail(StatusCodes.Status400BadRequest, problem!, report);
        }

        try
        {
            return new ReportOutcome(report, period, await report.BuildAsync(period, cancellationToken), null, StatusCodes.Status200OK);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReportingLog.ReportFailed(logger, ex, report.Name, period.ToString());
            return new ReportOutcome(report, period, null, $"The report could not be built just now ({ex.GetType().Name}); the bridge's log says why (event 9900).", StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static IResult Index(HttpContext context, ReportCatalog catalog, TimeProvider time)
    {
        NoStore(context);
        return Results.Content(ReportPage.Index(catalog, time.GetUtcNow()), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ShowAsync(
        HttpContext context, string name, string? from, string? to, ReportCatalog catalog, TimeProvider time, ILogger<ReportCatalog> logger)
    {
        NoStore(context);
        var outcome = await BuildAsync(catalog, name, from, to, logger, context.RequestAborted);
        var html = outcome.Report is null
            ? ReportPage.NotFound(catalog, outcome.Problem!)
            : ReportPage.Show(catalog, outcome.Report, outcome.Period, outcome.Result, outcome.Problem, from, to, time.GetUtcNow());
        return Results.Content(html, "text/html; charset=utf-8", statusCode: outcome.Status);
    }

    private static async Task<IResult> JsonAsync(HttpContext context, string name, string? from, string? to, ReportCatalog catalog, ILogger<ReportCatalog> logger)
    {
        NoStore(context);
        var outcome = await BuildAsync(catalog, name, from, to, logger, context.RequestAborted);
        return outcome.Result is { } result
            ? Results.Json(ReportView.Of(result), ReportView.Options)
            : Results.Text(outcome.Problem, "text/plain; charset=utf-8", statusCode: outcome.Status);
    }

    private static async Task<IResult> CsvAsync(HttpContext context, string name, string table, string? from, string? to, ReportCatalog catalog, ILogger<ReportCatalog> logger)
    {
        NoStore(context);
        var outcome = await BuildAsync(catalog, name, from, to, logger, context.RequestAborted);
        if (outcome.Result is not { } result)
        {
            return Results.Text(outcome.Problem, "text/plain; charset=utf-8", statusCode: outcome.Status);
        }

        if (result.Tables.FirstOrDefault(t => t.Key.Equals(table, StringComparison.OrdinalIgnoreCase)) is not { } found)
        {
            return Results.Text(
                $"Report '{result.Name}' has no table '{table}'. Its tables: {string.Join(", ", result.Tables.Select(t => t.Key))}.",
                "text/plain; charset=utf-8",
                statusCode: StatusCodes.Status404NotFound);
        }

        var file = string.Create(CultureInfo.InvariantCulture, $"{result.Name}-{found.Key}-{result.Period.From:yyyy-MM-dd}-{result.Period.LastDay:yyyy-MM-dd}.csv");
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        return Results.Text(ReportCsv.Write(found), "text/csv; charset=utf-8");
    }

    private static void NoStore(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
    }
}

/// <summary>What asking for a report came to: the report and its period when known, its result, or the problem with its HTTP status.</summary>
internal sealed record ReportOutcome(IReport? Report, ReportPeriod? Period, ReportResult? Result, string? Problem, int Status)
{
    public static ReportOutcome Fail(int status, string problem, IReport? report = null) => new(report, null, null, problem, status);
}

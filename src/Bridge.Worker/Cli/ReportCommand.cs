using System.Globalization;
using System.Text;
using Bridge.Worker.Access;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Web;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge report</c>: asks the running service (<c>GET /reports/{name}/report.json</c>); when none answers, builds the
/// report here over the state file (and ConnectWise, for the figures read from it). Text by default, CSV with <c>--csv</c>.
/// Exit codes: 0 the report was written, 1 it could not be built or a table is unknown, 2 an unknown report or a wrong date.
/// </summary>
internal static class ReportCommand
{
    public static Task<int> RunAsync(BridgeCommand command, ReportArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var catalog = app.Services.GetRequiredService<ReportCatalog>();
            if (arguments.Name is null)
            {
                await output.WriteAsync(List(catalog, app.Services.GetRequiredService<TimeProvider>().GetUtcNow()));
                return 0;
            }

            if (catalog.Find(arguments.Name) is not { } report)
            {
                await error.WriteLineAsync($"There is no report '{arguments.Name}'. The reports: {string.Join(", ", catalog.All.Select(r => r.Name))}.");
                return 2;
            }

            var (period, problem) = catalog.Period(report, arguments.From, arguments.To);
            if (period is null)
            {
                await error.WriteLineAsync($"report {report.Name}: {problem}");
                return 2;
            }

            var (refused, result) = await AskServiceAsync(app, report, period, error, cancellationToken);
            if (refused)
            {
                return 1;
            }

            if (result is null)
            {
                var logger = app.Services.GetRequiredService<ILogger<ReportCatalog>>();
                var outcome = await ReportEndpoints.BuildAsync(catalog, report.Name, Date(period.From), Date(period.LastDay), logger, cancellationToken);
                if (outcome.Result is null)
                {
                    await error.WriteLineAsync(outcome.Problem);
                    return 1;
                }

                result = outcome.Result;
            }

            var tables = result.Tables;
            if (arguments.Table is { } key)
            {
                tables = result.Tables.Where(t => t.Key.Equals(key.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
                if (tables.Count == 0)
                {
                    await error.WriteLineAsync($"Report '{result.Name}' has no table '{key}'. Its tables: {string.Join(", ", result.Tables.Select(t => t.Key))}.");
                    return 1;
                }
            }

            await output.WriteAsync(arguments.Csv ? string.Join("\r\n", tables.Select(ReportCsv.Write)) : ReportText.Write(result, tables));
            return 0;
        });

    private static string List(ReportCatalog catalog, DateTimeOffset now)
    {
        var text = new StringBuilder("Reports (bridge report NAME [--from DATE] [--to DATE] [--csv] [--table KEY]):\n");
        foreach (var report in catalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {report.Name,-14} {report.Title}: {report.Summary} (default {report.DefaultPeriod(now, catalog.Zone)})\n");
        }

        return text.ToString();
    }

    private static async Task<(bool Refused, ReportResult? Result)> AskServiceAsync(WebApplication app, IReport report, ReportPeriod period, TextWriter error, CancellationToken cancellationToken)
    {
        var token = app.Services.GetRequiredService<ConsoleToken>();
        var path = $"{ReportEndpoints.Path}/{report.Name}/report.json?from={Date(period.From)}&to={Date(period.LastDay)}";
        try
        {
            var (answered, view) = await RunningService.AskAsync<ReportView>(app.Configuration["Urls"], token.Read(), path, ReportView.Options, cancellationToken);
            return (false, answered && view is not null ? view.ToResult(period.Zone) : null);
        }
        catch (ServiceRefusedException)
        {
            await error.WriteLineAsync(ServiceRefusedException.Explain(token));
            return (true, null);
        }
    }

    private static string Date(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

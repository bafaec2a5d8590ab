using System.CommandLine;

namespace Bridge.Worker.Cli;

/// <summary>
/// The options of <c>bridge report [NAME] [--from DATE] [--to DATE] [--csv] [--table KEY]</c>: no name lists the
/// reports; dates are days in the MSP's zone, both included.
/// </summary>
internal sealed record ReportArguments(string? Name, string? From, string? To, bool Csv, string? Table)
{
    public static Command CreateCommand(Func<ParseResult, ReportArguments, CancellationToken, Task<int>> run)
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "the report (paging, service-desk, after-hours, reviews, capacity); without one, the reports are listed",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var from = CliOption.Text("--from", "DATE", "the first day, YYYY-MM-DD in the MSP's time zone (default: the report's own period)", "a date like 2026-11-01");
        var to = CliOption.Text("--to", "DATE", "the last day, included, YYYY-MM-DD", "a date like 2026-11-30");
        var csv = CliOption.Flag("--csv", "write the tables as CSV (each with its header row, a blank line between tables) instead of text");
        var table = CliOption.Text("--table", "KEY", "only this table of the report (its key, as the text output or the CSV file name shows it)", "a table key, e.g. time-to-acknowledge");
        var command = new Command(BridgeCommand.Report, "The service manager's reports: paging KPIs, service-desk figures, the after-hours ledger, post-incident reviews, the capacity plan.")
        {
            name, from, to, csv, table,
        };
        command.SetAction((parse, cancellationToken) => run(
            parse,
            new ReportArguments(parse.GetValue(name), parse.GetValue(from), parse.GetValue(to), parse.GetValue(csv), parse.GetValue(table)),
            cancellationToken));
        return command;
    }
}

using System.CommandLine;

namespace Bridge.Worker.Cli;

/// <summary>The options of <c>bridge explain</c>: <c>--ticket N</c> or <c>--file PATH</c>, and an optional <c>--at INSTANT</c>.</summary>
internal sealed record ExplainArguments(int? TicketId, string? File, string? At)
{
    public const string Usage = "explain needs --ticket ID or --file ticket.json, optionally --at 2026-11-26T02:00:00-05:00";

    public static Command CreateCommand(Func<ParseResult, ExplainArguments, CancellationToken, Task<int>> run)
    {
        var ticket = CliOption.Missing(
            new Option<int?>("--ticket")
            {
                Description = "the ConnectWise ticket to read and decide (a service or project ticket number)",
                HelpName = "ID",
                CustomParser = result => CliOption.WholeNumber(result, 1, int.MaxValue, given => $"--ticket needs a ticket number, not '{given}'."),
            },
            "--ticket needs a value: a ticket number, e.g. --ticket 123.");
        var file = CliOption.Text("--file", "PATH", "a ticket as JSON (ConnectWise's service/tickets shape) to decide instead of one read from ConnectWise", "the path of a ticket .json file");
        var at = CliOption.Text("--at", "INSTANT", "the instant to decide at (default now), e.g. 2026-11-26T02:00:00-05:00; without an offset, the MSP's time zone", "an instant like 2026-11-26T02:00:00-05:00");
        var command = new Command(
            BridgeCommand.Explain,
            "The routing decision for a ticket with its reasons; then whether an incident would open and, step by step at each " +
            "step's instant, who it would page, who it passes over and gaps; for --ticket, every decision recorded for it with the " +
            "configuration it was made under. Records nothing, pages nobody.")
        {
            ticket, file, at,
        };
        command.Validators.Add(result =>
        {
            var (hasTicket, hasFile) = (result.GetResult(ticket) is not null, result.GetResult(file) is not null);
            if (hasTicket == hasFile)
            {
                result.AddError(hasTicket ? "explain takes --ticket or --file, not both." : Usage);
            }
        });
        command.SetAction((parse, cancellationToken) =>
            run(parse, new ExplainArguments(parse.GetValue(ticket), parse.GetValue(file), parse.GetValue(at)), cancellationToken));
        return command;
    }
}

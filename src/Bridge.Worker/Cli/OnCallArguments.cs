using System.CommandLine;

namespace Bridge.Worker.Cli;

/// <summary>The options of <c>bridge oncall</c> and <c>bridge oncall override</c>.</summary>
internal sealed record OnCallArguments
{
    public const string Override = "override";

    public bool IsOverride { get; init; }

    public string? Schedule { get; init; }

    public string? At { get; init; }

    public int Next { get; init; } = 10;

    public bool Gaps { get; init; }

    public bool Load { get; init; }

    public int Days { get; init; } = 14;

    public string? Person { get; init; }

    public string? For { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Note { get; init; }

    /// <summary><c>oncall</c> (the views) with <c>oncall override</c> beneath it; <paramref name="run"/> gets either's options.</summary>
    public static Command CreateCommand(Func<ParseResult, OnCallArguments, CancellationToken, Task<int>> run)
    {
        var defaults = new OnCallArguments();
        var schedule = CliOption.Text("--schedule", "S", "one schedule (default: every schedule)", "a schedule's name");
        var at = CliOption.Text("--at", "TIME", "who is on call at this time, e.g. 2025-03-10 08:00 (the schedule's zone) or 2025-03-10T08:00-04:00 (default now)", "a time like 2025-03-10 08:00");
        var next = CliOption.Number("--next", "N", "how many next shifts to list", 0, 500, defaults.Next, given => $"--next needs a number from 0 to 500, not '{given}'.");
        var gaps = CliOption.Flag("--gaps", "list the times nobody is on call in the next --days; exit 1 when there is one");
        var load = CliOption.Flag("--load", "on-call hours per person over the next --days");
        var days = CliOption.Number("--days", "N", "how many days ahead --gaps and --load look", 1, 732, defaults.Days, given => $"--days needs a number from 1 to 732, not '{given}'.");
        var view = new Command(BridgeCommand.OnCall, "Who is on call, the next shifts, gaps and on-call hours per person, in each schedule's own time zone.")
        {
            schedule, at, next, gaps, load, days,
        };
        view.SetAction((parse, cancellationToken) => run(parse, defaults with
        {
            Schedule = parse.GetValue(schedule),
            At = parse.GetValue(at),
            Next = parse.GetValue(next),
            Gaps = parse.GetValue(gaps),
            Load = parse.GetValue(load),
            Days = parse.GetValue(days),
        }, cancellationToken));
        view.Subcommands.Add(CreateOverride(run));
        return view;
    }

    private static Command CreateOverride(Func<ParseResult, OnCallArguments, CancellationToken, Task<int>> run)
    {
        var schedule = CliOption.Text("--schedule", "S", "the schedule the override is in", "a schedule's name");
        var person = CliOption.Text("--person", "P", "who covers the time (a member id), or nobody: the time is left uncovered and its gap warned", "a member id, or nobody");
        var covers = CliOption.Text("--for", "Q", "whose shifts are covered (default: whoever is on call)", "the member id of the person covered");
        var from = CliOption.Text("--from", "TIME", "when the override begins, e.g. 2025-03-10 08:00 (the schedule's zone) or 2025-03-10T08:00-04:00", "a time like 2025-03-10 08:00");
        var to = CliOption.Text("--to", "TIME", "when it ends, in the same forms as --from", "a time like 2025-03-11 08:00");
        var note = CliOption.Text("--note", "TEXT", "why, kept with the override", "a short text");
        var command = new Command(Override, "Store an override: someone (or nobody) covers a schedule from one time to another.")
        {
            schedule, person, covers, from, to, note,
        };
        command.Validators.Add(result =>
        {
            if (new Option[] { schedule, person, from, to }.Any(o => result.GetResult(o) is null))
            {
                result.AddError("oncall override needs --schedule, --person, --from and --to.");
            }
        });
        command.SetAction((parse, cancellationToken) => run(parse, new OnCallArguments
        {
            IsOverride = true,
            Schedule = parse.GetValue(schedule),
            Person = parse.GetValue(person),
            For = parse.GetValue(covers),
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Note = parse.GetValue(note),
        }, cancellationToken));
        return command;
    }
}

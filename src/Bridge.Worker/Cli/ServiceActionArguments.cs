using System.CommandLine;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>retry N</c> and <c>dismiss N [reason…]</c> beneath <c>outbox</c> and <c>parked</c>: the id of a parked record or item,
/// and why it is given up.
/// </summary>
internal sealed record ServiceActionArguments(bool Retry, int Id, string Reason)
{
    /// <param name="what">What the id names, with its article: "an outbox record id".</param>
    /// <param name="parent">The verb that lists the ids: "outbox".</param>
    /// <param name="usage">The usage line shown when the id is missing.</param>
    public static Command[] CreateCommands(
        string what, string parent, string usage, string retryDescription, string dismissDescription,
        Func<ParseResult, ServiceActionArguments, CancellationToken, Task<int>> run) =>
        [Create("retry", retryDescription, what, parent, usage, withReason: false, run), Create("dismiss", dismissDescription, what, parent, usage, withReason: true, run)];

    private static Command Create(
        string name, string description, string what, string parent, string usage, bool withReason,
        Func<ParseResult, ServiceActionArguments, CancellationToken, Task<int>> run)
    {
        var id = CliOption.Missing(
            new Argument<int>("ID")
            {
                Description = $"the number `bridge {parent}` shows after #",
                CustomParser = result => CliOption.WholeNumber(result, 0, int.MaxValue, given => $"'{given}' is not {what} (the number `bridge {parent}` shows after #). {usage}") ?? 0,
            },
            usage);
        var reason = new Argument<string[]>("reason") { Description = "why it is given up (optional), kept with it", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command(name, description) { id };
        if (withReason)
        {
            command.Arguments.Add(reason);
        }

        command.SetAction((parse, cancellationToken) =>
            run(parse, new ServiceActionArguments(!withReason, parse.GetValue(id), string.Join(' ', withReason ? parse.GetValue(reason) ?? [] : [])), cancellationToken));
        return command;
    }
}

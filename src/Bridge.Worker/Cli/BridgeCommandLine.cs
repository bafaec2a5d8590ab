using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Bridge.Worker.Cli;

/// <summary>
/// The command line on System.CommandLine: one command per verb with its options and <c>--help</c>, <c>--config DIR</c>
/// on every verb, and the host's configuration settings set apart first (<see cref="HostArguments"/>). No verb is <c>run</c>.
/// </summary>
internal sealed class BridgeCommandLine
{
    private readonly Option<string> _config;
    private readonly string _defaultConfigDirectory;
    private readonly CliInput? _input;
    private string[] _hostArgs = [];

    private BridgeCommandLine(string defaultConfigDirectory, CliInput? input)
    {
        _defaultConfigDirectory = defaultConfigDirectory;
        _input = input;
        _config = CliOption.Missing(
            new Option<string>("--config")
            {
                Description = "the configuration directory, holding appsettings.json and bridge.json (default: config/ beside the executable, or BRIDGE_CONFIG_DIR)",
                HelpName = "DIR",
                Recursive = true,
            },
            "--config needs a directory: --config DIR");
        Root = Create();
    }

    /// <summary>The verbs' tree; its actions run the verbs with the writers of the invocation.</summary>
    public Command Root { get; }

    /// <param name="input">What a verb reads from the person (<c>user add</c>'s password); the console when null.</param>
    public static (ParseResult Result, BridgeCommand Command) Parse(IReadOnlyList<string> args, string defaultConfigDirectory, CliInput? input = null)
    {
        var line = new BridgeCommandLine(defaultConfigDirectory, input);
        var names = line.OptionNames();
        var (verbArgs, hostArgs) = HostArguments.Split(args, names.Contains);
        line._hostArgs = [.. hostArgs];
        if (verbArgs.Count > 0 && line.Root.Subcommands.FirstOrDefault(c => c.Name.Equals(verbArgs[0], StringComparison.OrdinalIgnoreCase)) is { } verb)
        {
            verbArgs[0] = verb.Name;
        }

        // No response files: a value that begins with @ (a note, a person) is taken as written.
        var result = line.Root.Parse(verbArgs, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var command = line.Host(result) with { Error = line.Problem(result) };
        return (result, IsHelp(result) ? command with { Verb = BridgeCommand.Help } : command);
    }

    private Command Create()
    {
        var help = new HelpOption();
        help.Action = new BridgeHelpAction((HelpAction)help.Action!);
        var root = new Command("bridge", "Bridge: after-hours paging for ConnectWise Manage.") { help, new VersionOption(), _config };
        root.SetAction((p, ct) => RunCommand.RunAsync(Host(p), Output(p), Error(p), ct));

        root.Subcommands.Add(Verb(BridgeCommand.Run, "Run the service (the default).", (p, ct) => RunCommand.RunAsync(Host(p), Output(p), Error(p), ct)));
        root.Subcommands.Add(Verb(BridgeCommand.Validate, "Print every configuration problem, one line each; exit 1 on any.", (p, _) => ValidateCommand.RunAsync(Host(p), Output(p), Error(p))));
        root.Subcommands.Add(Verb(BridgeCommand.CheckConnection, "Call ConnectWise with the configured keys and say what is wrong.", (p, ct) => CheckConnectionCommand.RunAsync(Host(p), Output(p), Error(p), ct)));
        root.Subcommands.Add(DemoArguments.CreateCommand((p, a, ct) => DemoCommand.RunAsync(Host(p), a, Output(p), Error(p), ct)));
        root.Subcommands.Add(ExplainArguments.CreateCommand((p, a, ct) => ExplainCommand.RunAsync(Host(p), a, Output(p), Error(p), ct)));
        root.Subcommands.Add(OnCallArguments.CreateCommand((p, a, _) => OnCallCommand.RunAsync(Host(p), a, Output(p), Error(p))));
        root.Subcommands.Add(TicketsCommand.CreateCommand((p, count, ct) => TicketsCommand.RunAsync(Host(p), count, Output(p), Error(p), ct)));

        var outbox = Verb(BridgeCommand.Outbox, "Writes to ConnectWise not yet made: pending, failed, parked (with the reason), shadowed.", (p, ct) => OutboxCommand.RunAsync(Host(p), Output(p), Error(p), ct));
        root.Subcommands.Add(WithServiceActions(outbox, "an outbox record id", OutboxActionCommand.Usage, ("Try a parked record again once its cause is fixed.", "Give a parked record up, with the reason."), OutboxActionCommand.RunAsync));
        var parked = Verb(BridgeCommand.Parked, "Each stage's backlog, a stage retrying an item, and the items parked after their attempts.", (p, ct) => ParkedCommand.ShowAsync(Host(p), Output(p), Error(p), ct));
        root.Subcommands.Add(WithServiceActions(parked, "a parked item id", ParkedCommand.Usage, ("Work a parked item again now (its cause fixed).", "Give a parked item up, with the reason."), ParkedCommand.ActAsync));
        root.Subcommands.Add(Verb(BridgeCommand.Incidents, "Open incidents (priority, client, state, policy, step, next due, who acknowledged), then the latest closed.", (p, ct) => IncidentsCommand.ListAsync(Host(p), Output(p), Error(p), ct)));
        root.Subcommands.Add(IncidentsCommand.CreateDetailCommand((p, id, ct) => IncidentsCommand.ShowAsync(Host(p), id, Output(p), Error(p), ct)));
        root.Subcommands.Add(UserArguments.CreateCommand((p, a, _) => UserCommand.RunAsync(Host(p), a, _input ?? CliInput.FromConsole(), Output(p), Error(p))));
        root.Subcommands.Add(ReportArguments.CreateCommand((p, a, ct) => ReportCommand.RunAsync(Host(p), a, Output(p), Error(p), ct)));
        root.Subcommands.Add(StorageArguments.CreateCommand((p, a, _) => StorageCommand.RunAsync(Host(p), a, Output(p), Error(p))));
        root.Subcommands.Add(Verb(BridgeCommand.Help, "This text.", (p, _) => Task.FromResult(root.Parse(["--help"]).Invoke(p.InvocationConfiguration))));
        return root;
    }

    /// <summary><c>retry N</c> and <c>dismiss N [reason…]</c> beneath a verb that lists parked things.</summary>
    private Command WithServiceActions(
        Command verb, string what, string usage, (string Retry, string Dismiss) descriptions,
        Func<BridgeCommand, ServiceActionArguments, TextWriter, TextWriter, CancellationToken, Task<int>> act)
    {
        foreach (var action in ServiceActionArguments.CreateCommands(
            what, verb.Name, usage, descriptions.Retry, descriptions.Dismiss, (p, a, ct) => act(Host(p), a, Output(p), Error(p), ct)))
        {
            verb.Subcommands.Add(action);
        }

        return verb;
    }

    private static Command Verb(string name, string description, Func<ParseResult, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        command.SetAction(run);
        return command;
    }

    private BridgeCommand Host(ParseResult result) => new(VerbOf(result), ConfigDirectory(result), _hostArgs, null);

    /// <summary>The last <c>--config</c> given; read from its tokens, so a command line with errors can still be described.</summary>
    private string ConfigDirectory(ParseResult result) =>
        result.GetResult(_config)?.Tokens is [.., var last] ? last.Value : _defaultConfigDirectory;

    private static TextWriter Output(ParseResult result) => result.InvocationConfiguration.Output;

    private static TextWriter Error(ParseResult result) => result.InvocationConfiguration.Error;

    private static bool IsHelp(ParseResult result) =>
        result.Action is BridgeHelpAction || (result.Errors.Count == 0 && VerbOf(result) == BridgeCommand.Help);

    /// <summary>The verb beneath the root (<c>outbox</c> for <c>outbox retry 3</c>); <c>run</c> when none was named.</summary>
    private static string VerbOf(ParseResult result)
    {
        var command = result.CommandResult;
        while (command.Parent is CommandResult { Parent: not null } parent)
        {
            command = parent;
        }

        return command.Parent is null ? BridgeCommand.Run : command.Command.Name;
    }

    /// <summary>What is wrong with the command line, said with the option's name and what it takes; null when nothing is.</summary>
    private string? Problem(ParseResult result)
    {
        if (result.Action is ParseErrorAction)
        {
            return ParseProblems.Describe(result, _config);
        }

        if (IsHelp(result) || result.Action is not null && result.Action == Root.Options.OfType<VersionOption>().First().Action)
        {
            return null;
        }

        var directory = ConfigDirectory(result);
        return Directory.Exists(directory) ? null : $"Configuration directory '{Path.GetFullPath(directory)}' does not exist (set it with --config DIR).";
    }

    private HashSet<string> OptionNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Collect(Command command)
        {
            foreach (var option in command.Options)
            {
                names.Add(option.Name);
                names.UnionWith(option.Aliases);
            }

            foreach (var sub in command.Subcommands)
            {
                Collect(sub);
            }
        }

        Collect(Root);
        return names;
    }
}

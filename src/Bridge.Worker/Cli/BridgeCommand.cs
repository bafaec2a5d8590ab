using Bridge.Worker.Hosting;

namespace Bridge.Worker.Cli;

/// <summary>What the command line asked for: a verb, the configuration directory, and the rest for the host.</summary>
internal sealed record BridgeCommand(string Verb, string ConfigDirectory, string[] HostArgs, string? Error) : IHostCommandLine
{
    public const string Run = "run";
    public const string Validate = "validate";
    public const string CheckConnection = "check-connection";
    public const string Demo = "demo";
    public const string Explain = "explain";
    public const string Tickets = "tickets";
    public const string OnCall = "oncall";
    public const string Outbox = "outbox";
    public const string Parked = "parked";
    public const string Incidents = "incidents";
    public const string Incident = "incident";
    public const string Help = "help";

    private static readonly string[] Verbs = [Run, Validate, CheckConnection, Demo, Explain, Tickets, OnCall, Outbox, Parked, Incidents, Incident, Help];

    public static BridgeCommand Parse(IReadOnlyList<string> args, string defaultConfigDirectory)
    {
        var verb = Run;
        var configDirectory = defaultConfigDirectory;
        var hostArgs = new List<string>();
        string? error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (i == 0 && !arg.StartsWith('-'))
            {
                verb = arg.ToLowerInvariant();
                if (!Verbs.Contains(verb))
                {
                    error = $"Unknown command '{arg}'. Commands: {string.Join(", ", Verbs)}.";
                }
            }
            else if (arg is "--help" or "-h" or "-?")
            {
                verb = Help;
            }
            else if (arg == "--config")
            {
                if (i + 1 >= args.Count)
                {
                    error = "--config needs a directory: --config DIR";
                }
                else
                {
                    configDirectory = args[++i];
                }
            }
            else if (arg.StartsWith("--config=", StringComparison.Ordinal))
            {
                configDirectory = arg["--config=".Length..];
            }
            else
            {
                hostArgs.Add(arg);
            }
        }

        if (error is null && !Directory.Exists(configDirectory))
        {
            error = $"Configuration directory '{Path.GetFullPath(configDirectory)}' does not exist (set it with --config DIR).";
        }

        return new BridgeCommand(verb, configDirectory, hostArgs.ToArray(), error);
    }

    public const string Usage = """
        Bridge: after-hours paging for ConnectWise Manage.

        Usage: bridge [command] [--config DIR] [host options]

        Commands:
          run                 run the service (default)
          validate            load the configuration, print every problem, exit 1 on any
          check-connection    call ConnectWise with the configured keys and say what is wrong
          demo                run against a built-in ConnectWise sandbox with the demo profile, on a demo clock:
                              [--once] [--at 2026-11-24T02:00] [--speed 60]
          explain             --ticket ID | --file ticket.json [--at 2026-11-26T02:00:00-05:00]: the routing decision and its reasons,
                              who each step would page then, the decisions recorded with their configuration
          tickets --recent [N] the last N ticket changes seen (default 20) and the path each came by
          oncall              who is on call: [--schedule S] [--at TIME] [--next 10] [--gaps] [--load] [--days 14];
                              oncall override --schedule S --person P --from TIME --to TIME [--for Q]
          outbox              writes to ConnectWise not yet made: pending, failed, parked (with the reason), shadowed
          outbox retry N      try parked record N again (its cause fixed); outbox dismiss N [reason] gives it up
          parked              each stage's backlog, a stage retrying an item, and the items parked after their attempts
          parked retry N      work parked item N again now (its cause fixed); parked dismiss N [reason] gives it up
          incidents           open incidents (state, ladder step, next due, who acknowledged), then the latest closed
          incident ID         one incident: its facts and every timeline line, oldest first
          help                this text

        --config DIR          the configuration directory (default: config/ beside the executable,
                              or BRIDGE_CONFIG_DIR). It holds appsettings.json and bridge.json.
        Environment variables Bridge__Section__Key override any key, e.g.
          Bridge__ConnectWise__PrivateKey=...
        """;
}

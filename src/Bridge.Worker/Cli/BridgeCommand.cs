using Bridge.Worker.Hosting;

namespace Bridge.Worker.Cli;

/// <summary>What the command line asked for: a verb, the configuration directory, and the configuration settings for the host.</summary>
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
    public const string User = "user";
    public const string Storage = "storage";
    public const string Report = "report";
    public const string Help = "help";

    /// <summary>The command line as the host needs it (see <see cref="BridgeCommandLine"/> for the verbs and their options).</summary>
    public static BridgeCommand Parse(IReadOnlyList<string> args, string defaultConfigDirectory) =>
        BridgeCommandLine.Parse(args, defaultConfigDirectory).Command;
}

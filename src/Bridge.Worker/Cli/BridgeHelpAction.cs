using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Bridge.Worker.Cli;

/// <summary><c>--help</c> on any verb: System.CommandLine's help, then what every verb takes besides its own options.</summary>
internal sealed class BridgeHelpAction(HelpAction help) : SynchronousCommandLineAction
{
    public const string HostSettings = """
        Configuration:
          --config DIR is the configuration directory (default: config/ beside the executable, or BRIDGE_CONFIG_DIR);
          it holds appsettings.json and bridge.json. Any key can be set for this run with --Section:Key value,
          --Section:Key=value or Section:Key=value (e.g. --urls http://127.0.0.1:5080), or by an environment
          variable Bridge__Section__Key (e.g. Bridge__ConnectWise__PrivateKey=...).
        Exit codes: 0 fine, 1 a problem was found, 2 the command line is wrong.
        """;

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        help.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(HostSettings);
        return 0;
    }
}

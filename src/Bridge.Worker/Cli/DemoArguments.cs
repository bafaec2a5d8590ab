using System.CommandLine;
using System.Globalization;
using Bridge.Worker.Demo;

namespace Bridge.Worker.Cli;

/// <summary>
/// The options of <c>bridge demo</c>: <c>--once</c> (play the night, then exit 0), <c>--at TIME</c> (when the
/// night starts; default the next weekday 02:00) and <c>--speed N</c> (demo seconds per real second, default 60).
/// </summary>
internal sealed record DemoArguments(bool Once, string? At, double Speed)
{
    public const double DefaultSpeed = 60;

    public static Command CreateCommand(Func<ParseResult, DemoArguments, CancellationToken, Task<int>> run)
    {
        var once = CliOption.Flag("--once", "play the night, then exit 0 (otherwise the night goes on until Ctrl+C)");
        var at = CliOption.Text(
            "--at",
            "TIME",
            "when the night starts, e.g. 2026-11-24T02:00 (the MSP's wall clock) or 2026-11-24T02:00-05:00 (default: the next weekday 02:00)",
            "a time like 2026-11-24 02:00");
        var speed = CliOption.Missing(
            new Option<double>("--speed")
            {
                Description = $"demo seconds per real second, from {DemoClock.MinSpeed} to {DemoClock.MaxSpeed} (default {DefaultSpeed})",
                HelpName = "N",
                DefaultValueFactory = _ => DefaultSpeed,
                CustomParser = result =>
                {
                    if (result.Tokens.Count == 0)
                    {
                        return DefaultSpeed;
                    }

                    var given = result.Tokens[0].Value;
                    if (double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= DemoClock.MinSpeed && value <= DemoClock.MaxSpeed)
                    {
                        return value;
                    }

                    result.AddError($"--speed must be a number from {DemoClock.MinSpeed} to {DemoClock.MaxSpeed} (demo seconds per real second), not '{given}'.");
                    return DefaultSpeed;
                },
            },
            $"--speed needs a value: a number from {DemoClock.MinSpeed} to {DemoClock.MaxSpeed} (demo seconds per real second).");
        var command = new Command(
            BridgeCommand.Demo,
            "Run against a built-in ConnectWise sandbox with the demo profile, on a demo clock set in tonight's small hours: " +
            "pages land in a local mailbox and the terminal shows a live timeline.")
        {
            once, at, speed,
        };
        command.SetAction((parse, cancellationToken) =>
            run(parse, new DemoArguments(parse.GetValue(once), parse.GetValue(at), parse.GetValue(speed)), cancellationToken));
        return command;
    }
}

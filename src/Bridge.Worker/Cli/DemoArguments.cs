using System.Globalization;
using Bridge.Worker.Demo;

namespace Bridge.Worker.Cli;

/// <summary>
/// The switches of <c>bridge demo</c>: <c>--once</c> (play the night, then exit 0), <c>--at TIME</c> (when the
/// night starts; default the next weekday 02:00) and <c>--speed N</c> (demo seconds per real second, default 60).
/// Everything else goes to the host (<c>--urls</c>…).
/// </summary>
internal sealed record DemoArguments(bool Once, string? At, double Speed, string[] HostArgs, string? Error)
{
    public const double DefaultSpeed = 60;

    public const string Usage = "demo [--once] [--at 2026-11-24T02:00] [--speed 60]";

    public static DemoArguments Parse(IReadOnlyList<string> args)
    {
        var once = false;
        string? at = null;
        var speed = DefaultSpeed;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            switch (name)
            {
                case "--once":
                    once = true;
                    continue;
                case "--at" or "--speed":
                    break;
                default:
                    rest.Add(args[i]);
                    continue;
            }

            var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (value is null)
            {
                return Fail($"{name} needs a value. Usage: {Usage}");
            }

            if (name == "--at")
            {
                at = value;
            }
            else if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out speed) || speed < DemoClock.MinSpeed || speed > DemoClock.MaxSpeed)
            {
                return Fail($"--speed must be a number from {DemoClock.MinSpeed} to {DemoClock.MaxSpeed} (demo seconds per real second), not '{value}'.");
            }
        }

        return new DemoArguments(once, at, speed, [.. rest], null);
    }

    private static DemoArguments Fail(string error) => new(false, null, DefaultSpeed, [], error);

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}

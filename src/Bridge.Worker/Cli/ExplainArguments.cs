using System.Globalization;

namespace Bridge.Worker.Cli;

/// <summary>The switches of <c>bridge explain</c>: <c>--ticket N</c> or <c>--file PATH</c>, and an optional <c>--at INSTANT</c>.</summary>
internal sealed record ExplainArguments(int? TicketId, string? File, string? At, string? Error)
{
    public const string Usage = "explain needs --ticket ID or --file ticket.json, optionally --at 2026-11-26T02:00:00-05:00";

    public static ExplainArguments Parse(IReadOnlyList<string> args)
    {
        int? ticket = null;
        string? file = null;
        string? at = null;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = Split(args[i]);
            if (name is not ("--ticket" or "--file" or "--at"))
            {
                continue;
            }

            var value = inline ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (value is null)
            {
                return new(null, null, null, $"{name} needs a value. {Usage}");
            }

            switch (name)
            {
                case "--ticket" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0:
                    ticket = id;
                    break;
                case "--ticket":
                    return new(null, null, null, $"--ticket needs a ticket number, not '{value}'.");
                case "--file":
                    file = value;
                    break;
                default:
                    at = value;
                    break;
            }
        }

        return (ticket, file) switch
        {
            (null, null) => new(null, null, null, Usage),
            (not null, not null) => new(null, null, null, "explain takes --ticket or --file, not both."),
            _ => new(ticket, file, at, null),
        };
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}

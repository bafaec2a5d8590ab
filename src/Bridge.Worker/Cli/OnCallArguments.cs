using System.Globalization;

namespace Bridge.Worker.Cli;

/// <summary>The switches of <c>bridge oncall</c> and <c>bridge oncall override</c>, read from <see cref="BridgeCommand.HostArgs"/>.</summary>
internal sealed record OnCallArguments
{
    public bool Override { get; init; }

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

    public string? Error { get; init; }

    public static OnCallArguments Parse(IReadOnlyList<string> args)
    {
        var result = new OnCallArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            result = arg switch
            {
                "override" when i == 0 => result with { Override = true },
                "--gaps" => result with { Gaps = true },
                "--load" => result with { Load = true },
                "--schedule" => Text(result, arg, Value(), (r, v) => r with { Schedule = v }),
                "--at" => Text(result, arg, Value(), (r, v) => r with { At = v }),
                "--person" => Text(result, arg, Value(), (r, v) => r with { Person = v }),
                "--for" => Text(result, arg, Value(), (r, v) => r with { For = v }),
                "--from" => Text(result, arg, Value(), (r, v) => r with { From = v }),
                "--to" => Text(result, arg, Value(), (r, v) => r with { To = v }),
                "--note" => Text(result, arg, Value(), (r, v) => r with { Note = v }),
                "--next" => Number(result, arg, Value(), 0, 500, (r, v) => r with { Next = v }),
                "--days" => Number(result, arg, Value(), 1, 732, (r, v) => r with { Days = v }),
                _ => result with { Error = $"Unknown option '{arg}' for oncall. {Usage}" },
            };
            if (result.Error is not null)
            {
                return result;
            }
        }

        if (result.Override && (result.Schedule is null || result.Person is null || result.From is null || result.To is null))
        {
            return result with { Error = $"oncall override needs --schedule, --person, --from and --to. {Usage}" };
        }

        return result;
    }

    public const string Usage =
        "Usage: bridge oncall [--schedule S] [--at TIME] [--next N] [--gaps] [--load] [--days N] | " +
        "bridge oncall override --schedule S --person P --from TIME --to TIME [--for Q] [--note TEXT]";

    private static OnCallArguments Text(OnCallArguments result, string name, string? value, Func<OnCallArguments, string, OnCallArguments> set) =>
        value is null || value.StartsWith("--", StringComparison.Ordinal)
            ? result with { Error = $"{name} needs a value. {Usage}" }
            : set(result, value);

    private static OnCallArguments Number(OnCallArguments result, string name, string? value, int min, int max, Func<OnCallArguments, int, OnCallArguments> set) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? set(result, number)
            : result with { Error = $"{name} needs a number from {min} to {max}. {Usage}" };
}

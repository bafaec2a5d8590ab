using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bridge.Worker.Cli;

/// <summary>
/// Options and arguments as the verbs declare them: a description for <c>--help</c>, and what the symbol takes, so a
/// missing or wrong value is answered with the option's name and the value it wants instead of the parser's generic words.
/// </summary>
internal static class CliOption
{
    private static readonly ConditionalWeakTable<Symbol, string> WhenMissing = new();

    /// <summary>The message shown when <paramref name="symbol"/> was given without its value (or, for an argument, not at all).</summary>
    public static string? MissingText(Symbol symbol) => WhenMissing.TryGetValue(symbol, out var text) ? text : null;

    public static T Missing<T>(T symbol, string text)
        where T : Symbol
    {
        WhenMissing.AddOrUpdate(symbol, text);
        return symbol;
    }

    /// <summary>An option with one text value; <paramref name="takes"/> completes "--name needs a value: …".</summary>
    public static Option<string?> Text(string name, string helpName, string description, string takes)
    {
        var missing = $"{name} needs a value: {takes}.";
        var option = new Option<string?>(name)
        {
            Description = description,
            HelpName = helpName,
            // System.CommandLine would take the next option (--at --gaps) as the value.
            CustomParser = result =>
            {
                var given = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (given is not null && given.StartsWith("--", StringComparison.Ordinal))
                {
                    result.AddError(missing);
                    return null;
                }

                return given;
            },
        };
        return Missing(option, missing);
    }

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; anything else is answered with <paramref name="wrong"/>.</summary>
    public static Option<int> Number(string name, string helpName, string description, int min, int max, int defaultValue, Func<string, string> wrong)
    {
        var option = new Option<int>(name)
        {
            Description = $"{description} (default {defaultValue.ToString(CultureInfo.InvariantCulture)})",
            HelpName = helpName,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => WholeNumber(result, min, max, wrong) ?? defaultValue,
        };
        return Missing(option, $"{name} needs a value: a number from {min} to {max}.");
    }

    /// <summary>The token as a whole number in range, or null with <paramref name="wrong"/>(the token) added as the error.</summary>
    public static int? WholeNumber(ArgumentResult result, int min, int max, Func<string, string> wrong)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var given = result.Tokens[0].Value;
        if (int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        result.AddError(wrong(given));
        return null;
    }
}

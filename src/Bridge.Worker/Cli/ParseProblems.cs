using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Bridge.Worker.Cli;

/// <summary>
/// The parser's errors as the bridge says them: an unknown verb with the list of verbs, an unknown option with the verb's
/// options, a missing value with what the option takes; each followed by where the verb's help is.
/// </summary>
internal static class ParseProblems
{
    public static string Describe(ParseResult result, Option config)
    {
        var command = result.CommandResult.Command;
        var path = Path(result.CommandResult);
        var see = $"See 'bridge {(path.Length == 0 ? "" : path + " ")}--help'.";
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            if (token.StartsWith('-'))
            {
                var options = command.Options.Where(o => o is not HelpOption && !o.Hidden).Select(o => o.Name).Append(config.Name).Distinct();
                return $"Unknown option '{token}' for {(path.Length == 0 ? "bridge" : path)}; it takes {string.Join(", ", options)}. {see}";
            }

            return result.CommandResult.Parent is null
                ? $"Unknown command '{token}'. Commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}."
                : $"Unexpected argument '{token}' for {path}. {see}";
        }

        var lines = result.Errors.Select(Describe).Distinct().ToList();
        return $"{string.Join(Environment.NewLine, lines)}{Environment.NewLine}{see}";
    }

    private static string Describe(ParseError error)
    {
        var symbol = error.SymbolResult switch
        {
            OptionResult option => option,
            ArgumentResult { Parent: OptionResult option } => option,
            var other => other,
        };
        var missing = symbol switch
        {
            OptionResult option when option.Tokens.Count == 0 => CliOption.MissingText(option.Option),
            ArgumentResult argument when argument.Tokens.Count == 0 => CliOption.MissingText(argument.Argument),
            _ => null,
        };
        return missing ?? error.Message;
    }

    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (var command = result; command.Parent is not null; command = (CommandResult)command.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }
}

namespace Bridge.Worker.Cli;

/// <summary>
/// Sets the host's configuration settings apart from the verbs' options before the verbs are parsed, in the forms the
/// host's command-line configuration reads: <c>--Key=value</c>, <c>Key=value</c>, and <c>--Section:Key value</c>,
/// <c>--urls value</c> or <c>--environment value</c>. Anything else that looks like an option is the verb's, so a
/// mistyped option is answered as one instead of becoming a configuration key nobody reads.
/// </summary>
internal static class HostArguments
{
    /// <summary>The host's own settings that have no section.</summary>
    private static readonly HashSet<string> HostSwitches = new(["--urls", "--environment"], StringComparer.OrdinalIgnoreCase);

    public static (List<string> Verb, List<string> Host) Split(IReadOnlyList<string> args, Func<string, bool> isOption)
    {
        var verb = new List<string>();
        var host = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                // System.CommandLine also reads --at:VALUE and --at=VALUE: the name ends at the first ':' or '='.
                var end = arg.IndexOfAny([':', '='], 2);
                if (isOption(end < 0 ? arg : arg[..end]))
                {
                    verb.Add(arg);
                }
                else if (arg.Contains('=', StringComparison.Ordinal))
                {
                    host.Add(arg);
                }
                else if (end > 0 || HostSwitches.Contains(arg))
                {
                    host.Add(arg);
                    if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        host.Add(args[++i]);
                    }
                }
                else
                {
                    verb.Add(arg);
                }
            }
            else if (!arg.StartsWith('-') && arg.IndexOf('=', StringComparison.Ordinal) > 0 && !FollowsOption(verb, isOption))
            {
                host.Add(arg);
            }
            else
            {
                verb.Add(arg);
            }
        }

        return (verb, host);
    }

    /// <summary>A <c>Key=value</c> right after a verb's option (<c>--note a=b</c>) is that option's value.</summary>
    private static bool FollowsOption(List<string> verb, Func<string, bool> isOption) =>
        verb.Count > 0 && verb[^1].StartsWith("--", StringComparison.Ordinal) && isOption(verb[^1]);
}

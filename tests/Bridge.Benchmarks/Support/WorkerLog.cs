using System.Globalization;
using System.Text.RegularExpressions;

namespace Bridge.Benchmarks.Support;

/// <summary>Reads instants from a worker process's <c>worker.log</c> (the console sink: <c>yyyy-MM-dd HH:mm:ss.fff zzz</c>).</summary>
internal static partial class WorkerLog
{
    /// <summary>The latest "Escalation timers rebuilt from storage" line after <paramref name="since"/>: how long after it, and how many timers.</summary>
    public static (TimeSpan Elapsed, int Timers) TimersRebuilt(string configDirectory, DateTimeOffset since)
    {
        var path = Path.Combine(configDirectory, "worker.log");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        (TimeSpan, int) found = (TimeSpan.MaxValue, 0);
        while (reader.ReadLine() is { } line)
        {
            if (Rebuilt().Match(line) is { Success: true } match)
            {
                var at = DateTimeOffset.ParseExact(match.Groups["at"].Value, "yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture);
                if (at >= since - TimeSpan.FromMilliseconds(1))
                {
                    found = (at - since, int.Parse(match.Groups["timers"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
                }
            }
        }

        return found;
    }

    /// <summary>The instants of the lines whose message starts with <paramref name="message"/> (after the source context).</summary>
    public static IReadOnlyList<DateTimeOffset> Instants(string configDirectory, string message)
    {
        using var stream = new FileStream(Path.Combine(configDirectory, "worker.log"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var found = new List<DateTimeOffset>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 30 && line.Contains(": " + message, StringComparison.Ordinal))
            {
                found.Add(DateTimeOffset.ParseExact(line[..30], "yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture));
            }
        }

        return found;
    }

    /// <summary>The first lines of the entries logged at <paramref name="level"/> (<c>WRN</c>, <c>ERR</c>, <c>FTL</c>), from the source context on.</summary>
    public static IReadOnlyList<string> AtLevel(string configDirectory, string level)
    {
        var marker = $" [{level}] ";
        var found = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(configDirectory, "worker.log")))
        {
            if (line.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0)
            {
                found.Add(line[(at + marker.Length)..]);
            }
        }

        return found;
    }

    [GeneratedRegex(@"^(?<at>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} [+-]\d\d:\d\d) .*Escalation timers rebuilt from storage: (?<timers>[\d,]+) incident")]
    private static partial Regex Rebuilt();
}

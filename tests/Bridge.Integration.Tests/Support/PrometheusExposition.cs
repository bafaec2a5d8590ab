using System.Globalization;
using System.Text;

namespace Bridge.Integration.Tests.Support;

/// <summary>One sample line of the Prometheus text exposition: a series name, its labels and its value.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// The Prometheus text exposition format (0.0.4) read strictly enough to fail on what a scraper would refuse: every
/// sample must belong to a family declared by a <c># TYPE</c> line before it (a histogram's <c>_bucket</c>,
/// <c>_sum</c> and <c>_count</c> included), label values are quoted with their escapes, values are floats (or
/// <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>), an optional timestamp follows.
/// </summary>
public sealed class PrometheusExposition
{
    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count", "_created"];

    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _help = new(StringComparer.Ordinal);
    private readonly List<PrometheusSample> _samples = [];

    private PrometheusExposition()
    {
    }

    /// <summary>Family name → type (<c>counter</c>, <c>gauge</c>, <c>histogram</c>, ...).</summary>
    public IReadOnlyDictionary<string, string> Types => _types;

    /// <summary>Family name → help text.</summary>
    public IReadOnlyDictionary<string, string> Help => _help;

    public IReadOnlyList<PrometheusSample> Samples => _samples;

    public static PrometheusExposition Parse(string text)
    {
        var exposition = new PrometheusExposition();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            try
            {
                exposition.Read(line.TrimEnd('\r'));
            }
            catch (FormatException ex)
            {
                throw new FormatException($"Line {lineNumber} '{line}': {ex.Message}", ex);
            }
        }

        return exposition;
    }

    /// <summary>The samples named <paramref name="name"/> that carry every one of <paramref name="labels"/>.</summary>
    public IReadOnlyList<PrometheusSample> Find(string name, params (string Key, string Value)[] labels) =>
        _samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();

    /// <summary>The sum of <see cref="Find"/>'s values (0 when none).</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) => Find(name, labels).Sum(s => s.Value);

    private void Read(string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (line.StartsWith('#'))
        {
            ReadComment(line);
            return;
        }

        var cursor = 0;
        var name = ReadName(line, ref cursor);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cursor < line.Length && line[cursor] == '{')
        {
            cursor++;
            ReadLabels(line, ref cursor, labels);
        }

        var rest = line[cursor..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length is < 1 or > 2)
        {
            throw new FormatException("expected a value and at most a timestamp after the labels");
        }

        if (rest.Length == 2 && !long.TryParse(rest[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException($"timestamp '{rest[1]}' is not an integer");
        }

        if (FamilyOf(name) is null)
        {
            throw new FormatException($"sample '{name}' has no # TYPE line before it");
        }

        _samples.Add(new PrometheusSample(name, labels, ParseValue(rest[0])));
    }

    private void ReadComment(string line)
    {
        var parts = line.Split(' ', 4);
        if (parts.Length < 3 || parts[0] != "#" || parts[1] is not ("TYPE" or "HELP"))
        {
            return; // Any other comment (and OpenMetrics' # UNIT, # EOF) carries nothing a scraper needs here.
        }

        var family = parts[2];
        var cursor = 0;
        if (ReadName(family, ref cursor) != family)
        {
            throw new FormatException($"'{family}' is not a metric name");
        }

        if (parts[1] == "TYPE")
        {
            var type = parts.Length == 4 ? parts[3].Trim() : throw new FormatException("# TYPE without a type");
            if (type is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
            {
                throw new FormatException($"unknown type '{type}'");
            }

            if (!_types.TryAdd(family, type))
            {
                throw new FormatException($"second # TYPE line for {family}");
            }
        }
        else
        {
            _help[family] = parts.Length == 4 ? parts[3] : "";
        }
    }

    private string? FamilyOf(string sample)
    {
        if (_types.ContainsKey(sample))
        {
            return sample;
        }

        var suffix = HistogramSuffixes.FirstOrDefault(s => sample.EndsWith(s, StringComparison.Ordinal));
        var family = suffix is null ? null : sample[..^suffix.Length];
        return family is not null && _types.TryGetValue(family, out var type) && type is "histogram" or "summary" ? family : null;
    }

    private static string ReadName(string line, ref int cursor)
    {
        var start = cursor;
        while (cursor < line.Length && (char.IsAsciiLetterOrDigit(line[cursor]) || line[cursor] is '_' or ':') && !(cursor == start && char.IsAsciiDigit(line[cursor])))
        {
            cursor++;
        }

        return cursor > start ? line[start..cursor] : throw new FormatException("expected a name");
    }

    private static void ReadLabels(string line, ref int cursor, Dictionary<string, string> labels)
    {
        while (cursor < line.Length && line[cursor] != '}')
        {
            var key = ReadName(line, ref cursor);
            if (cursor + 1 >= line.Length || line[cursor] != '=' || line[cursor + 1] != '"')
            {
                throw new FormatException($"label {key} has no quoted value");
            }

            cursor += 2;
            var value = new StringBuilder();
            while (cursor < line.Length && line[cursor] != '"')
            {
                if (line[cursor] == '\\' && cursor + 1 < line.Length)
                {
                    cursor++;
                    value.Append(line[cursor] switch { 'n' => '\n', '\\' => '\\', '"' => '"', var other => throw new FormatException($"bad escape \\{other}") });
                }
                else
                {
                    value.Append(line[cursor]);
                }

                cursor++;
            }

            if (cursor >= line.Length || !labels.TryAdd(key, value.ToString()))
            {
                throw new FormatException($"label {key} is unterminated or repeated");
            }

            cursor++;
            if (cursor < line.Length && line[cursor] == ',')
            {
                cursor++;
            }
        }

        if (cursor >= line.Length)
        {
            throw new FormatException("labels not closed");
        }

        cursor++;
    }

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw new FormatException($"value '{text}' is not a number"),
    };
}

using Bridge.Worker.Kernel;

namespace Bridge.Worker.Configuration;

/// <summary>
/// What a valid new configuration changes, worked out before anything goes live: the sections that apply
/// now, the ones read only at start (kept as they are until the next restart), and the configuration to
/// put in force. Pure: two flattened configurations in, a plan out.
/// </summary>
internal sealed record ConfigChange(
    IReadOnlyDictionary<string, string?> Next,
    IReadOnlyList<string> Applied,
    IReadOnlyList<string> AtRestart)
{
    /// <summary>The JSON schema reference editors read; it configures nothing.</summary>
    private const string SchemaKey = "$schema";

    public bool IsEmpty => Applied.Count == 0 && AtRestart.Count == 0;

    /// <param name="inForce">The configuration the service runs on.</param>
    /// <param name="candidate">The files as they are now, already validated.</param>
    /// <param name="sections">The sections options are bound to (<c>OnCall</c>, <c>Logging:File</c>); a change is named after the longest that holds it.</param>
    /// <param name="readAtStart">Keys read only at start.</param>
    public static ConfigChange Plan(
        IReadOnlyDictionary<string, string?> inForce,
        IReadOnlyDictionary<string, string?> candidate,
        IReadOnlyCollection<string> sections,
        IReadOnlyCollection<ReadAtStartKey> readAtStart)
    {
        ReadAtStartKey? StartOnly(string key) => readAtStart.FirstOrDefault(k => k.Covers(key));

        var next = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in candidate.Where(pair => StartOnly(pair.Key) is null))
        {
            next[key] = value;
        }

        foreach (var (key, value) in inForce.Where(pair => StartOnly(pair.Key) is not null))
        {
            next[key] = value;
        }

        var applied = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var atRestart = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in ChangedKeys(inForce, candidate))
        {
            if (StartOnly(key) is { } startOnly)
            {
                atRestart.Add(startOnly.Key);
            }
            else
            {
                applied.Add(SectionOf(key, sections));
            }
        }

        return new ConfigChange(next, [.. applied], [.. atRestart]);
    }

    private static IEnumerable<string> ChangedKeys(IReadOnlyDictionary<string, string?> before, IReadOnlyDictionary<string, string?> after) =>
        before.Keys.Concat(after.Keys)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(key => !key.Equals(SchemaKey, StringComparison.OrdinalIgnoreCase))
            .Where(key => !string.Equals(before.GetValueOrDefault(key), after.GetValueOrDefault(key), StringComparison.Ordinal)
                || before.ContainsKey(key) != after.ContainsKey(key));

    private static string SectionOf(string key, IReadOnlyCollection<string> sections) =>
        sections.Where(section => ConfigKey.IsUnder(key, section)).MaxBy(section => section.Length) ?? key.Split(':', 2)[0];
}

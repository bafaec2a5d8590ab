using System.Text.RegularExpressions;
using Bridge.Worker.Kernel;
using NodaTime;

namespace Bridge.Worker.OnCall;

/// <summary>Compiles <c>OnCall:Schedules</c>: zones, layers, restrictions and config overrides, one problem line per mistake.</summary>
internal static partial class ScheduleCompiler
{
    public static Dictionary<string, Schedule> Compile(
        List<ScheduleOptions> entries, IReadOnlyDictionary<string, Person> people, List<string> problems)
    {
        var schedules = new Dictionary<string, Schedule>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var key = $"{OnCallOptions.SectionName}:Schedules:{i}";
            var name = entry.Name?.Trim() ?? "";
            var ok = true;
            if (!ScheduleName().IsMatch(name))
            {
                problems.Add($"{key}:Name '{name}' must be 1-64 letters, digits, '-' or '_' (it is used in URLs and commands).");
                ok = false;
            }
            else if (schedules.ContainsKey(name))
            {
                problems.Add($"{key}:Name '{name}' is used by another schedule.");
                ok = false;
            }

            var zone = TimeZoneResolver.Find(entry.TimeZone);
            if (zone is null)
            {
                problems.Add($"{key}:TimeZone '{entry.TimeZone}' is not a known time zone (use an IANA id like America/New_York).");
                ok = false;
                zone = DateTimeZone.Utc;
            }

            if (entry.Layers.Count == 0)
            {
                problems.Add($"{key}:Layers needs at least one layer (a rotation of people).");
                ok = false;
            }

            var layers = new List<RotationLayer>();
            for (var j = 0; j < entry.Layers.Count; j++)
            {
                var layer = LayerCompiler.Compile(entry.Layers[j], $"{key}:Layers:{j}", j, zone, people, problems);
                ok &= layer is not null;
                if (layer is not null)
                {
                    layers.Add(layer);
                }
            }

            var coverage = new List<Restriction>();
            for (var c = 0; c < entry.Coverage.Count; c++)
            {
                var window = LayerCompiler.CompileRestriction(entry.Coverage[c], $"{key}:Coverage:{c}", problems);
                ok &= window is not null;
                if (window is not null)
                {
                    coverage.Add(window);
                }
            }

            var overrides = CompileOverrides(entry.Overrides, key, name, zone, people, problems);
            ok &= overrides is not null;
            if (ok)
            {
                schedules[name] = new Schedule(name, zone, layers, overrides!, coverage);
            }
        }

        return schedules;
    }

    private static List<OnCallOverride>? CompileOverrides(
        List<OverrideOptions> entries, string scheduleKey, string schedule, DateTimeZone zone,
        IReadOnlyDictionary<string, Person> people, List<string> problems)
    {
        var overrides = new List<OnCallOverride>();
        var before = problems.Count;
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            var key = $"{scheduleKey}:Overrides:{k}";
            var person = OnCallModelCompiler.ResolvePerson(entry.Person, people);
            if (person is null)
            {
                problems.Add($"{key}:Person '{entry.Person}' is not in {OnCallOptions.SectionName}:People.");
            }

            Person? covered = null;
            if (!string.IsNullOrWhiteSpace(entry.For) && (covered = OnCallModelCompiler.ResolvePerson(entry.For, people)) is null)
            {
                problems.Add($"{key}:For '{entry.For}' is not in {OnCallOptions.SectionName}:People.");
            }

            var hasFrom = InstantText.TryParse(entry.From, zone, out var from);
            var hasTo = InstantText.TryParse(entry.To, zone, out var to);
            if (!hasFrom)
            {
                problems.Add($"{key}:From '{entry.From}' must be a time like 2025-03-10 08:00 (schedule time) or 2025-03-10T08:00-04:00.");
            }

            if (!hasTo)
            {
                problems.Add($"{key}:To '{entry.To}' must be a time like 2025-03-10 17:00 (schedule time) or 2025-03-10T17:00-04:00.");
            }
            else if (hasFrom && to <= from)
            {
                problems.Add($"{key}:To must be after From ({entry.From}).");
            }

            if (person is not null && hasFrom && hasTo && to > from)
            {
                overrides.Add(new OnCallOverride(
                    $"config-{schedule}-{k}".ToLowerInvariant(), schedule, person.Member, covered?.Member, from, to, DateTimeOffset.MinValue, entry.Note, FromConfig: true));
            }
        }

        return problems.Count == before ? overrides : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ScheduleName();
}

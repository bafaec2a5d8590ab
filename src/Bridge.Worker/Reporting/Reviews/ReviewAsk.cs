using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Whom a resolved incident's review is asked of: the person who resolved it, else the one who acknowledged it, when
/// they are one of the on-call people. Canary incidents and incidents nobody acted on are not reviewed.
/// </summary>
internal static class ReviewAsk
{
    /// <summary>The person to ask, or null with the reason nobody is.</summary>
    public static (Person? Person, string? Skipped) Decide(TimelineEntry resolved, Incident? incident, Func<string, Person?> findPerson)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(findPerson);
        if (incident is null)
        {
            return (null, "the incident is not in the records");
        }

        if (incident.Cause == IncidentCause.Canary)
        {
            return (null, "a canary incident");
        }

        foreach (var member in Handlers(resolved, incident))
        {
            if (findPerson(member) is { } person)
            {
                return (person, null);
            }
        }

        return (null, "nobody of OnCall:People resolved or acknowledged it");
    }

    /// <summary>The resolver, then the acknowledger (member identifiers), without repeats.</summary>
    public static IReadOnlyList<string> Handlers(TimelineEntry resolved, Incident incident) =>
        new[] { resolved.PersonId, incident.AcknowledgedBy }
            .Where(m => !string.IsNullOrWhiteSpace(m))
            .Select(m => m!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

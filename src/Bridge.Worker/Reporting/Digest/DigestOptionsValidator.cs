using System.Globalization;

namespace Bridge.Worker.Reporting.Digest;

/// <summary>The rules of <c>Reporting:Digest</c>; each failure names its key under <paramref name="prefix"/>.</summary>
internal static class DigestOptionsValidator
{
    public static IEnumerable<string> Failures(DigestOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (DigestSchedule.ParseAt(options.At) is null)
        {
            yield return $"{prefix}:At must be a time of day, HH:mm, e.g. 07:30 (was '{options.At}').";
        }

        if (string.IsNullOrWhiteSpace(options.Role))
        {
            yield return $"{prefix}:Role must name an on-call role (OnCall:Roles), e.g. ServiceManager.";
        }

        if (options.SendLateWithin < TimeSpan.Zero || options.SendLateWithin >= TimeSpan.FromDays(1))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}:SendLateWithin must be from 00:00:00 to 23:59:59 (was {options.SendLateWithin}).");
        }

        for (var i = 0; i < options.Reports.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Reports[i]))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}:Reports:{i} is empty: name a report (paging, service-desk, after-hours, reviews, capacity).");
            }
        }
    }
}

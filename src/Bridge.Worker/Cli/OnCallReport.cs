using System.Globalization;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Cli;

/// <summary>Writes one schedule's on-call view for the terminal; one shift per line, times with their offset.</summary>
internal static class OnCallReport
{
    /// <returns>True when <c>--gaps</c> was asked and a gap was found.</returns>
    public static async Task<bool> WriteAsync(TextWriter output, OnCallResolver resolver, string schedule, DateTimeOffset at, OnCallArguments args)
    {
        var zone = resolver.ZoneOf(schedule);
        string Time(DateTimeOffset instant) => InstantText.Format(instant, zone);
        string Who(string member) => $"{member} ({resolver.FindPerson(member)?.Name ?? member})";

        await output.WriteLineAsync($"Schedule {schedule} ({zone.Id})");
        var answer = resolver.WhoIsOnCall(schedule, at);
        await output.WriteLineAsync(answer.Person is { } person
            ? $"  On call at {Time(at)}: {Who(person.Member)} via {answer.Source}, until {Time(answer.Until)}"
            : $"  Nobody is on call at {Time(at)} (until {Time(answer.Until)})");

        if (args.Next > 0)
        {
            await output.WriteLineAsync($"  Next {args.Next} shifts:");
            foreach (var shift in resolver.NextShifts(schedule, at, args.Next))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"    {Time(shift.Start)}  {Time(shift.End)}  {shift.Duration.TotalHours,7:0.00} h  {shift.Member,-12} {resolver.FindPerson(shift.Member)?.Name}  [{shift.Source}]"));
            }
        }

        var until = at.AddDays(args.Days);
        var found = false;
        if (args.Gaps)
        {
            var gaps = resolver.Gaps(schedule, at, until);
            found = gaps.Count > 0;
            await output.WriteLineAsync($"  Gaps in the next {args.Days} days: {(found ? gaps.Count.ToString(CultureInfo.InvariantCulture) : "none")}");
            foreach (var gap in gaps)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"    GAP {Time(gap.Start)}  {Time(gap.End)}  {gap.Duration.TotalHours,7:0.00} h  nobody on call"));
            }
        }

        if (args.Load)
        {
            var load = resolver.Load(schedule, at, until);
            await output.WriteLineAsync($"  On-call hours {Time(at)} to {Time(until)} (real hours):");
            foreach (var (member, hours) in load.PerPerson.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {member,-12} {hours.TotalHours,8:0.00} h"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"    covered {load.Covered.TotalHours:0.00} h, uncovered {load.Uncovered.TotalHours:0.00} h"));
        }

        return found;
    }
}

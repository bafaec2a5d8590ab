using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>
/// Who is on call now for each schedule, since and until when, and who comes next (the next shift, and the
/// handoff to the next person when that is a different one). Names only: no phone numbers or addresses.
/// </summary>
internal sealed class OnCallSection(IOnCallResolver resolver) : IStatusSection
{
    private const int ShiftsLookedAhead = 28;
    private const int NextLines = 3;

    public string Id => "oncall";

    public string Title => "On call now";

    public StatusColumn Column => StatusColumn.Main;

    public int Order => 100;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var schedules = resolver.Schedules.Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (schedules.Count == 0)
        {
            html.Append($"<p class=\"empty\">No on-call schedule is configured (OnCall:Schedules in bridge.json), so nobody can be paged.</p>");
            return ValueTask.FromResult(new StatusSectionResult(StatusLevel.Critical, null, "no on-call schedule is configured"));
        }

        var gaps = new List<string>();
        html.Append($"<div class=\"schedules\">");
        foreach (var schedule in schedules)
        {
            if (WriteSchedule(schedule, clock, html))
            {
                gaps.Add(schedule);
            }
        }

        html.Append($"</div>");
        return ValueTask.FromResult(gaps.Count == 0
            ? new StatusSectionResult(StatusLevel.Ok, schedules.Count == 1 ? "1 schedule" : $"{schedules.Count} schedules")
            : new StatusSectionResult(StatusLevel.Critical, $"{gaps.Count} without anyone", $"nobody is on call for {string.Join(", ", gaps)}"));
    }

    /// <summary>Writes one schedule's card; true when nobody covers a time that should be covered.</summary>
    private bool WriteSchedule(string schedule, StatusClock clock, HtmlWriter html)
    {
        var now = clock.Now;
        var answer = resolver.WhoIsOnCall(schedule, now);
        var upcoming = resolver.NextShifts(schedule, now, ShiftsLookedAhead).Where(s => s.Start > now).ToList();
        var inGap = answer.IsGap && resolver.Gaps(schedule, now, now.AddMinutes(1)).Any(g => g.Start <= now && g.End > now);

        html.Append($"<div class=\"schedule\"><div class=\"current\"><div class=\"label\">{schedule}</div>");
        if (answer.Person is { } person)
        {
            var source = answer.Source.Kind == OnCallSourceKind.Override
                ? HtmlWriter.Build(h => h.Append($" <span class=\"badge b-info\">override{(answer.Source.Replaced is { } replaced ? $" for {Name(replaced)}" : "")}</span>"))
                : HtmlFragment.Empty;
            html.Append($"<div class=\"who\">{person.Name}<small>{person.Member}</small>{source}</div>");
            html.Append($"<div class=\"span\">since {clock.When(answer.Since)} · until {clock.When(answer.Until)}</div>");
        }
        else if (inGap)
        {
            html.Append($"<div class=\"who gap\">Nobody is on call</div>");
            html.Append($"<div class=\"span\">a gap in coverage until {clock.When(answer.Until)}: pages for this schedule reach no one</div>");
        }
        else
        {
            html.Append($"<div class=\"who off\">Off duty</div>");
            html.Append($"<div class=\"span\">outside this schedule's coverage{(upcoming.Count > 0 ? "" : " · no shift in the next weeks")}</div>");
        }

        html.Append($"</div>");
        WriteNext(upcoming, answer.Person?.Member, clock, html);
        html.Append($"</div>");
        return inGap;
    }

    /// <summary>The next shift, then each change of person after it: three lines that preview the rotation.</summary>
    private void WriteNext(List<OnCallShift> upcoming, string? current, StatusClock clock, HtmlWriter html)
    {
        if (upcoming.Count == 0)
        {
            return;
        }

        var lines = new List<OnCallShift> { upcoming[0] };
        foreach (var shift in upcoming.Skip(1))
        {
            if (lines.Count == NextLines)
            {
                break;
            }

            if (!string.Equals(shift.Member, lines[^1].Member, StringComparison.OrdinalIgnoreCase))
            {
                lines.Add(shift);
            }
        }

        html.Append($"<ul class=\"next\">");
        for (var i = 0; i < lines.Count; i++)
        {
            var tag = i > 0 ? "then" : current is null ? "on call from" : "next shift";
            html.Append($"<li><span class=\"tag\">{tag}</span><span class=\"name\">{Name(lines[i].Member)}</span><span class=\"at\">{clock.When(lines[i].Start)}</span></li>");
        }

        html.Append($"</ul>");
    }

    private string Name(string member) => resolver.FindPerson(member)?.Name ?? member;
}

using System.Globalization;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.StatusPage;

/// <summary>
/// The whole page: a header (the one <c>h1</c>) with the MSP's clock, whether it is business hours and how the bridge is doing,
/// then every registered <see cref="IStatusSection"/> in its column and order. A section that fails shows
/// that it failed; the rest of the page still renders.
/// </summary>
internal sealed class StatusPageRenderer(
    IEnumerable<IStatusSection> sections,
    RoutingPolicyProvider routing,
    IOptionsMonitor<StatusPageOptions> options,
    TimeProvider time,
    ILogger<StatusPageRenderer> logger)
{
    private readonly IReadOnlyList<IStatusSection> _sections = sections.OrderBy(s => s.Column).ThenBy(s => s.Order).ToList();

    public async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var calendar = routing.Policy.Default.Calendar;
        var clock = new StatusClock(time.GetUtcNow(), calendar.Zone);
        var rendered = new List<(IStatusSection Section, StatusSectionResult Result, HtmlFragment Body)>();
        foreach (var section in _sections)
        {
            rendered.Add(await RenderSectionAsync(section, clock, cancellationToken));
        }

        var level = rendered.Select(r => r.Result.Level).DefaultIfEmpty(StatusLevel.Ok).Max();
        var attention = rendered.Where(r => r.Result.Attention is not null).OrderByDescending(r => r.Result.Level).ToList();
        var refresh = options.CurrentValue.RefreshSeconds;

        var html = new HtmlWriter();
        var updated = $"{clock.Local(clock.Now).LocalDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {clock.ZoneAbbreviation}";
        // Without script the page still refreshes itself (the noscript meta is valid in head); with script it updates
        // in place (StatusPageScript) and this meta is never read.
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en" data-refresh-seconds="{refresh}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <noscript><meta http-equiv="refresh" content="{refresh}"></noscript>
            <title>{(level >= StatusLevel.Warning ? "⚠ " : "")}Bridge status · {clock.Short(clock.Now)}</title>
            <style>{new HtmlFragment(StatusPageStyles.Css)}</style>
            </head>
            <body>
            <header id="top" class="top {LevelClass(level)}" data-part>
            <h1 class="brand"><span class="mark" aria-hidden="true"></span><span class="brand-name">Bridge</span> <span class="brand-what">after-hours status</span></h1>
            <div class="overall {LevelClass(level)}">{Overall(level, attention.Count)}</div>
            <div class="now"><span class="date">{clock.Local(clock.Now).LocalDateTime.ToString("ddd d MMM", CultureInfo.InvariantCulture)}</span> <span class="clock">{clock.Local(clock.Now).LocalDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)}</span> <span class="zone">{clock.ZoneAbbreviation}</span> {BusinessHoursBanner.For(calendar, clock)}</div>
            </header>
            <main id="main">
            <div class="updates"><button id="pause-updates" type="button" aria-pressed="false" hidden>Pause updates</button><span id="updated" data-part data-at="{updated}">Updated {updated} · every {refresh} s</span><span id="update-news" role="status"></span></div>
            """);

        // A live region: its text changes only when what needs attention changes (an incident starts or stops
        // paging), and then a screen reader reads it out. The script leaves it alone while it reads the same.
        html.Append($"<div id=\"attention\" class=\"attention-bar\" role=\"status\" data-part>");
        if (attention.Count > 0)
        {
            html.Append($"<ul class=\"attention\">");
            foreach (var (section, result, _) in attention)
            {
                html.Append($"<li class=\"{LevelClass(result.Level)}\"><a id=\"attention-{section.Id}\" href=\"#{section.Id}\">{section.Title}</a>: {result.Attention}</li>");
            }

            html.Append($"</ul>");
        }
        else
        {
            html.Append($"<p class=\"sr-only\">Nothing needs attention.</p>");
        }

        html.Append($"</div><div class=\"grid\">");
        foreach (var column in new[] { StatusColumn.Main, StatusColumn.Side })
        {
            html.Append($"<div class=\"col col-{column.ToString().ToLowerInvariant()}\">");
            foreach (var (section, result, body) in rendered.Where(r => r.Section.Column == column))
            {
                var note = result.Note is null ? HtmlFragment.Empty : HtmlWriter.Build(h => h.Append($" <span class=\"note\">{result.Note}</span>"));
                html.Append($"<section id=\"{section.Id}\" class=\"card {LevelClass(result.Level)}\" aria-labelledby=\"{section.Id}-title\" data-part><h2 id=\"{section.Id}-title\">{section.Title}{note}</h2>{body}</section>");
            }

            html.Append($"</div>");
        }

        html.Append($"""
            </div>
            </main>
            <footer>Times in {calendar.Zone.Id} (Routing:TimeZone) · <a href="/health/ready">health JSON</a> · <a href="/oncall">on-call JSON</a></footer>
            <script>{new HtmlFragment(StatusPageScript.Source)}</script>
            </body>
            </html>
            """);
        return html.ToString();
    }

    private async Task<(IStatusSection, StatusSectionResult, HtmlFragment)> RenderSectionAsync(
        IStatusSection section, StatusClock clock, CancellationToken cancellationToken)
    {
        var body = new HtmlWriter();
        try
        {
            var result = await section.WriteAsync(clock, body, cancellationToken);
            return (section, result, body.ToFragment());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            StatusPageLog.SectionFailed(logger, section.Id, ex);
            var failed = HtmlWriter.Build(h => h.Append($"<p class=\"empty\">This section could not be read ({ex.GetType().Name}); the log has the details.</p>"));
            return (section, new StatusSectionResult(StatusLevel.Warning, "unavailable", "could not be read"), failed);
        }
    }

    private static string Overall(StatusLevel level, int attention) => level switch
    {
        StatusLevel.Critical => attention == 1 ? "1 problem" : $"{attention} problems",
        StatusLevel.Warning => "Needs attention",
        _ => "All systems normal",
    };

    internal static string LevelClass(StatusLevel level) => level switch
    {
        StatusLevel.Ok => "lvl-ok",
        StatusLevel.Warning => "lvl-warn",
        StatusLevel.Critical => "lvl-crit",
        _ => "lvl-none",
    };
}

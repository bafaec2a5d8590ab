using Bridge.Worker.Kernel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>The readiness checks in words: the state file, ConnectWise, the channels, the stages (parked items), routing's priorities.</summary>
internal sealed class HealthSection(HealthSnapshot snapshot) : IStatusSection
{
    /// <summary>The checks in the order a dispatcher cares about them, with their names in words.</summary>
    private static readonly (string Check, string Name)[] Known =
    [
        ("connectwise", "ConnectWise"),
        ("channels", "Notification channels"),
        ("storage", "State file"),
        ("lease", "Engine lease (which instance runs the background)"),
        ("engine", "Stages (parked and stuck items)"),
        ("routing-priorities", "Routing priorities"),
    ];

    public string Id => "health";

    public string Title => "Service health";

    public StatusColumn Column => StatusColumn.Side;

    public int Order => 100;

    public async ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var (report, at) = await snapshot.GetAsync(cancellationToken);
        html.Append($"<ul class=\"checks\">");
        foreach (var (name, entry) in report.Entries.OrderBy(e => Rank(e.Key)).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            html.Append($"<li><span class=\"dot {StatusPageRenderer.LevelClass(Level(entry.Status))}\"></span><span class=\"title\">{NameOf(name)}</span> {Word(entry.Status)}<span class=\"detail\">{PublicText.Mask(entry.Description)}</span></li>");
        }

        html.Append($"</ul><p class=\"muted\">Checked {clock.Relative(at < clock.Now ? at : clock.Now)}.</p>");
        var bad = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => NameOf(e.Key)).ToList();
        var healthy = report.Entries.Count - bad.Count;
        return new StatusSectionResult(
            Level(report.Status),
            $"{healthy} of {report.Entries.Count} healthy",
            bad.Count == 0 ? null : $"{string.Join(", ", bad)} {(bad.Count == 1 ? "is" : "are")} not healthy");
    }

    private static int Rank(string check) => Array.FindIndex(Known, k => k.Check == check) is var i and >= 0 ? i : Known.Length;

    private static string NameOf(string check) => Array.Find(Known, k => k.Check == check).Name ?? check;

    private static StatusLevel Level(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => StatusLevel.Ok,
        HealthStatus.Degraded => StatusLevel.Warning,
        _ => StatusLevel.Critical,
    };

    private static HtmlFragment Word(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => new("<span class=\"badge b-ok\">healthy</span>"),
        HealthStatus.Degraded => new("<span class=\"badge b-warn\">degraded</span>"),
        _ => new("<span class=\"badge b-crit\">unhealthy</span>"),
    };
}

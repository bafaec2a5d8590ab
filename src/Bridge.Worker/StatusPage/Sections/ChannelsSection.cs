using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.StatusPage.Sections;

/// <summary>
/// Each configured notification channel: delivering, or failing (and how often in a row, with the last reason,
/// addresses masked), and when it last carried a page. Channels without settings are listed on one line.
/// </summary>
internal sealed class ChannelsSection(IEnumerable<INotificationChannel> channels, ChannelHealth health, DeliveryLogRepository deliveries) : IStatusSection
{
    private const int DeliveriesLookedAt = 200;

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [ChannelKinds.Email] = "Email",
        [ChannelKinds.Sms] = "SMS",
        [ChannelKinds.Teams] = "Microsoft Teams",
        [ChannelKinds.Slack] = "Slack",
        [ChannelKinds.Webhook] = "Webhook",
    };

    public string Id => "channels";

    public string Title => "Notification channels";

    public StatusColumn Column => StatusColumn.Side;

    public int Order => 300;

    public ValueTask<StatusSectionResult> WriteAsync(StatusClock clock, HtmlWriter html, CancellationToken cancellationToken)
    {
        var configured = channels.Where(c => c.IsConfigured).Select(c => c.Kind.ToLowerInvariant()).Distinct().ToList();
        var unconfigured = ChannelKinds.All.Where(k => !configured.Contains(k)).ToList();
        if (configured.Count == 0)
        {
            html.Append($"<p class=\"empty\">No notification channel is configured (Channels in bridge.json): nobody can be paged.</p>");
            return ValueTask.FromResult(new StatusSectionResult(StatusLevel.Critical, null, "no notification channel is configured"));
        }

        var streaks = health.Streaks();
        var lastAttempts = deliveries.Recent(DeliveriesLookedAt)
            .Where(r => r.State != DeliveryState.Acknowledged)
            .GroupBy(r => r.Kind, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var failing = new List<string>();
        var worst = StatusLevel.Ok;
        html.Append($"<ul class=\"checks\">");
        foreach (var kind in configured)
        {
            var level = StatusLevel.Ok;
            HtmlFragment state = new("<span class=\"badge b-ok\">delivering</span>");
            var detail = "";
            if (streaks.TryGetValue(kind, out var streak))
            {
                level = streak.Count >= health.Threshold ? StatusLevel.Critical : StatusLevel.Warning;
                state = level == StatusLevel.Critical ? new("<span class=\"badge b-crit\">failing</span>") : new("<span class=\"badge b-warn\">retrying</span>");
                detail = $"{streak.Count} failed in a row · last: {PublicText.Mask(streak.LastReason)}";
                failing.Add(Names.GetValueOrDefault(kind, kind));
            }

            worst = (StatusLevel)Math.Max((int)worst, (int)level);
            var last = lastAttempts.TryGetValue(kind, out var attempt)
                ? HtmlWriter.Build(h => h.Append($"last page {clock.When(attempt.UpdatedAt)} ({attempt.State.ToString().ToLowerInvariant()})"))
                : new HtmlFragment("no page sent yet");
            html.Append($"<li><span class=\"dot {StatusPageRenderer.LevelClass(level)}\"></span><span class=\"title\">{Names.GetValueOrDefault(kind, kind)}</span> {state}<span class=\"detail\">{(detail.Length > 0 ? detail + " · " : "")}{last}</span></li>");
        }

        html.Append($"</ul>");
        if (unconfigured.Count > 0)
        {
            html.Append($"<p class=\"muted\">Not configured: {string.Join(", ", unconfigured.Select(k => Names.GetValueOrDefault(k, k)))}.</p>");
        }

        // The readiness check "channels" already puts a failing channel in the attention bar; this card only colours.
        return ValueTask.FromResult(new StatusSectionResult(worst, failing.Count == 0 ? $"{configured.Count} configured" : $"{failing.Count} with failures"));
    }
}

using System.Globalization;
using System.Text;
using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Kernel;
using Bridge.Worker.Reporting.Web;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Bridge.Worker.Reporting.Digest;

/// <summary>
/// The morning digest: at <c>Reporting:Digest:At</c> in the MSP's zone, yesterday's figures of the configured reports
/// and the reviews still open, mailed to the people of <c>Reporting:Digest:Role</c> (their e-mail addresses only). A
/// module: it runs on the instance holding the engine lease, looks at every engine sweep and wakes at the due instant.
/// The notice key (<c>digest:2026-12-02</c>) makes each day's digest go out once, across restarts and instances.
/// </summary>
internal sealed class MorningDigest(
    ReportCatalog catalog,
    NoticeSender notices,
    IOptionsMonitor<ReportingOptions> options,
    IOptionsMonitor<EscalationOptions> escalation,
    IOptionsMonitor<EngineOptions> engine,
    TimeProvider time,
    ILogger<MorningDigest> logger,
    IHostApplicationLifetime? lifetime = null) : BackgroundService
{
    private static readonly IReadOnlySet<string> EmailOnly = new HashSet<string>(StringComparer.Ordinal) { "email" };
    private readonly WorkSignal _signal = new();
    private LocalDate? _settled;

    /// <summary>One look: sends today's digest when it is due and not sent. Returns when to look next. Tests call it after moving the clock.</summary>
    public async Task<DigestCheck> CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue.Digest;
        var now = time.GetUtcNow();
        var zone = catalog.Zone;
        if (!settings.Enabled || DigestSchedule.ParseAt(settings.At) is not { } at)
        {
            return new DigestCheck(DigestOutcome.Off, null);
        }

        var today = DigestSchedule.Today(now, zone);
        var due = DigestSchedule.DueOn(today, at, zone);
        var next = DigestSchedule.DueOn(today.PlusDays(1), at, zone);
        if (now < due)
        {
            return new DigestCheck(DigestOutcome.NotYet, due);
        }

        if (_settled == today || notices.Sent(DigestSchedule.Key(today), 1).Count > 0)
        {
            _settled = today;
            return new DigestCheck(DigestOutcome.AlreadySent, next);
        }

        var day = Text(today);
        if (now - due > settings.SendLateWithin)
        {
            _settled = today;
            ReportingLog.DigestSkipped(logger, day, string.Create(
                CultureInfo.InvariantCulture,
                $"the bridge was not running from {Local(due, zone)} until {Local(now, zone)}, more than Reporting:Digest:SendLateWithin ({settings.SendLateWithin}) after it"));
            return new DigestCheck(DigestOutcome.TooLate, next);
        }

        var late = now - due > engine.CurrentValue.SweepInterval * 2 ? now - due : (TimeSpan?)null;
        if (late is { } by)
        {
            ReportingLog.DigestLate(logger, day, by, Local(due, zone));
        }

        var notice = await ComposeAsync(today, due, late, settings, zone, cancellationToken);
        var result = notices.SendToRole(notice, settings.Role);
        _settled = today;
        ReportingLog.DigestSent(logger, day, settings.Role, result.Outcome.ToString(), Names(result.Told), Names(result.Missed));
        return new DigestCheck(result.Outcome == NoticeOutcome.AlreadySent ? DigestOutcome.AlreadySent : DigestOutcome.Sent, next, notice);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await HostStarted.WaitAsync(lifetime, stoppingToken))
        {
            await ModuleLoop.RunAsync("digest", async ct => (await CheckAsync(ct)).NextAt, _signal, engine, time, logger, stoppingToken);
        }
    }

    private async Task<Notice> ComposeAsync(LocalDate today, DateTimeOffset due, TimeSpan? late, DigestOptions settings, DateTimeZone zone, CancellationToken cancellationToken)
    {
        var yesterday = today.PlusDays(-1);
        var period = new ReportPeriod(yesterday, today, zone);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"Good morning. Yesterday, {yesterday.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}, in the bridge's figures (days in {zone.Id}).\n");
        if (late is { } by)
        {
            body.Append(CultureInfo.InvariantCulture, $"This digest is late: it was due at {Local(due, zone)}, and the bridge was not running then ({DurationText.Of(by)} late).\n");
        }

        foreach (var name in settings.Reports)
        {
            if (catalog.Find(name) is not { } report)
            {
                body.Append(CultureInfo.InvariantCulture, $"\nReport '{name}' (Reporting:Digest:Reports) does not exist; the reports: {string.Join(", ", catalog.All.Select(r => r.Name))}.\n");
                continue;
            }

            try
            {
                var result = await report.BuildAsync(period, cancellationToken);
                body.Append('\n').Append(ReportText.Write(result, result.Tables));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ReportingLog.ReportFailed(logger, ex, report.Name, period.ToString());
                body.Append(CultureInfo.InvariantCulture, $"\n{report.Title}: could not be built this morning ({ex.GetType().Name}); the bridge's log says why (event 9900).\n");
            }
        }

        if (!string.IsNullOrWhiteSpace(escalation.CurrentValue.PublicUrl))
        {
            body.Append(CultureInfo.InvariantCulture, $"\nCharts, other days and CSV: {escalation.CurrentValue.PublicUrl.TrimEnd('/')}{ReportEndpoints.Path}\n");
        }

        var subject = $"Bridge morning digest for {yesterday.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}";
        return new Notice(DigestSchedule.Key(today), subject, body.ToString(), NoticeReach.UntilReached, EmailOnly);
    }

    private static string Text(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset at, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(at).InZone(zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "nobody" : string.Join(", ", names);
}

/// <summary>What one look found: <see cref="NextAt"/> is when to look again; <see cref="Notice"/> what was sent.</summary>
internal sealed record DigestCheck(DigestOutcome Outcome, DateTimeOffset? NextAt, Notice? Notice = null);

internal enum DigestOutcome
{
    Off,
    NotYet,
    Sent,
    AlreadySent,

    /// <summary>The bridge came up more than <c>SendLateWithin</c> after the due time: the day's digest is not sent.</summary>
    TooLate,
}

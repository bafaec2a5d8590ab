using System.Globalization;
using Bridge.Connectors.Notifications;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Bridge.Worker.Demo;

/// <summary>
/// The demo's live timeline on the terminal: it reads, with a cursor each, what the bridge records — ticket
/// changes, routing decisions, incident timeline lines and, for the tickets those name, the lines later stages keep
/// (write-back's results) — and the messages landing in the demo mailbox, and
/// prints each once, in the order of the bridge's clock, as the MSP's wall clock (02:15:04).
/// </summary>
internal sealed class DemoTimeline(
    TicketChangeStore changes,
    RoutingDecisionRepository decisions,
    TicketStateStore tickets,
    IncidentTimeline incidents,
    IEnumerable<ITimelineContributor> contributors,
    RoutingPolicyProvider routing,
    IOptionsMonitor<ChannelsOptions> channels,
    DemoTerminal terminal) : BackgroundService
{
    /// <summary>How often the terminal catches up: for the person watching, so real time.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);

    private const int Batch = 200;
    private readonly HashSet<string> _mailSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _lastOutcome = [];
    private readonly HashSet<int> _ticketsShown = [];
    private readonly HashSet<(int TicketId, DateTimeOffset At, string Text)> _contributedSeen = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _changeCursor;
    private int _decisionCursor;
    private int _incidentCursor;

    /// <summary>The MSP's zone the timeline is printed in.</summary>
    public DateTimeZone Zone => routing.Policy.Default.Calendar.Zone;

    /// <summary>Prints everything new since the last call; returns how many lines it printed.</summary>
    public async Task<int> PrintNewAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var lines = new List<DemoTimelineLine>();
            lines.AddRange(NewChanges());
            lines.AddRange(NewDecisions());
            lines.AddRange(NewIncidentLines());
            lines.AddRange(NewContributedLines());
            lines.AddRange(NewMail());
            var zone = routing.Policy.Default.Calendar.Zone;
            foreach (var line in lines.OrderBy(l => l.At))
            {
                await terminal.Writer.WriteLineAsync(Format(line, zone));
            }

            await terminal.Writer.FlushAsync(cancellationToken);
            return lines.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string Format(DemoTimelineLine line, DateTimeZone zone) =>
        string.Create(CultureInfo.InvariantCulture, $"  {Instant.FromDateTimeOffset(line.At).InZone(zone).LocalDateTime:HH:mm:ss}  {line.Kind,-8} {line.Text}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PrintNewAsync(stoppingToken);
                await Task.Delay(RefreshInterval, TimeProvider.System, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync prints the last lines.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await PrintNewAsync(CancellationToken.None);
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    private IEnumerable<DemoTimelineLine> NewChanges()
    {
        var stored = changes.After(_changeCursor, Batch);
        if (stored.Count > 0)
        {
            _changeCursor = stored[^1].Id;
        }

        return stored.Select(s => new DemoTimelineLine(s.Change.ObservedAt, "ticket", DescribeChange(s.Change)));
    }

    private List<DemoTimelineLine> NewDecisions()
    {
        var recorded = decisions.After(_decisionCursor, Batch);
        if (recorded.Count > 0)
        {
            _decisionCursor = recorded[^1].Id;
        }

        return recorded.Select(d => new DemoTimelineLine(d.RecordedAt, "routing", DescribeDecision(d))).ToList();
    }

    private IEnumerable<DemoTimelineLine> NewIncidentLines()
    {
        var entries = incidents.After(_incidentCursor, Batch);
        if (entries.Count > 0)
        {
            _incidentCursor = entries[^1].Id;
        }

        _ticketsShown.UnionWith(entries.Select(e => e.TicketId));
        return entries.Select(Line);
    }

    private List<DemoTimelineLine> NewContributedLines() =>
        _ticketsShown
            .SelectMany(ticketId => contributors.SelectMany(c => c.ForTicket(ticketId)))
            .Where(e => _contributedSeen.Add((e.TicketId, e.At, e.Text)))
            .Select(Line)
            .ToList();

    private static DemoTimelineLine Line(TimelineEntry e) =>
        new(e.At, e.IncidentId.Length == 0 ? "ticket" : "incident", $"#{e.TicketId} {e.Text}");

    private List<DemoTimelineLine> NewMail()
    {
        if (channels.CurrentValue.Email?.PickupDirectory is not { Length: > 0 } mailbox || !Directory.Exists(mailbox))
        {
            return [];
        }

        var lines = new List<DemoTimelineLine>();
        foreach (var file in Directory.GetFiles(mailbox, "*.eml").Order(StringComparer.Ordinal))
        {
            if (!_mailSeen.Add(Path.GetFileName(file)))
            {
                continue;
            }

            var message = MimeMessage.Load(file);
            var to = string.Join(", ", message.To.Mailboxes.Select(m => string.IsNullOrEmpty(m.Name) ? AddressMask.For(m.Address) : m.Name));
            lines.Add(new DemoTimelineLine(message.Date, "mailbox", $"to {to}: \"{message.Subject}\" ({Path.GetFileName(file)})"));
        }

        return lines;
    }

    private static string DescribeChange(TicketChange change)
    {
        var what = change.Kind switch
        {
            TicketChangeKind.Created => $"created: {change.Ticket.Summary} · {change.Ticket.CompanyName ?? change.Ticket.CompanyIdentifier} · {change.Ticket.PriorityName}",
            TicketChangeKind.Assigned => $"assigned to {change.NewValue}",
            TicketChangeKind.Unassigned => $"unassigned from {change.OldValue}",
            TicketChangeKind.Closed => "closed",
            TicketChangeKind.Reopened => "reopened",
            TicketChangeKind.Updated => "updated",
            _ => $"{change.Field} {change.OldValue ?? "-"} -> {change.NewValue ?? "-"}",
        };
        return $"#{change.TicketId} {what} (via {change.Source.ToString().ToLowerInvariant()})";
    }

    private string DescribeDecision(RoutingDecisionRecord decision)
    {
        var outcome = decision.Disposition switch
        {
            nameof(Disposition.PageNow) => "PAGE NOW",
            nameof(Disposition.NextBusinessDay) => "waits for the next business day",
            nameof(Disposition.BusinessHours) => "business hours",
            _ => decision.Disposition,
        };
        var client = tickets.Get(decision.TicketId)?.CompanyName ?? decision.Client ?? "(default client)";
        var described = $"{outcome} · {client}, {decision.Contract} · policy {decision.EscalationPolicy} · billing {decision.Billing}";
        // A later change (the bridge's own status write, an assignment) routes the ticket again; the same
        // outcome is not a second page, so it reads as "still".
        var again = _lastOutcome.TryGetValue(decision.TicketId, out var last) && last == described;
        _lastOutcome[decision.TicketId] = described;
        return again ? $"#{decision.TicketId} still {described}" : $"#{decision.TicketId} {described}";
    }
}

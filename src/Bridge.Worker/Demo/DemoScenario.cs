using System.Globalization;
using System.Text.RegularExpressions;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Bridge.Worker.WriteBack;
using MimeKit;

namespace Bridge.Worker.Demo;

/// <summary>
/// The night the demo plays. The sandbox's P1 at Northwind Dental (24/7 contract) is paged at once; nobody answers,
/// so the ladder repeats and adds the dispatcher at 15 minutes; at 16 minutes the script plays the on-call
/// technician: it opens the link from the page in the mailbox and presses Acknowledge (whoever watches may click
/// it first), works half an hour, resolves with the time worked; write-back then shows in the sandbox ticket. A P3
/// from Fabrikam (business hours only) arrives and waits for the morning; last, a P3 at Northwind on its domain
/// controller pages at once by the client's configuration-item rule. At ×60 the whole night takes about 30 s.
/// </summary>
internal static partial class DemoScenario
{
    private const int DcDownTicket = 1;
    private static readonly TimeSpan BridgeWait = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var services = demo.Bridge.Services;
        var poller = services.GetRequiredService<TicketPoller>();
        var dispatcher = services.GetRequiredService<Bridge.Worker.Engine.StageRegistry>();
        var incidents = services.GetRequiredService<IncidentStore>();
        await WaitForAsync(() => poller.CompletedCycles > 0 && dispatcher.CountBehind() == 0, cancellationToken);
        if (!await WaitForAsync(() => incidents.ForTicket(DcDownTicket).Any(i => i.Paged.Count > 0), cancellationToken)
            || incidents.ForTicket(DcDownTicket) is not [var incident, ..])
        {
            await SayAsync(demo, "ticket #1 opened no incident that paged anyone; check the escalation settings (bridge validate).", cancellationToken);
            return;
        }

        var onCall = incident.Paged[0];
        await SayAsync(demo, $"nobody answers: the ladder repeats the page every 5 minutes and adds the dispatcher at 15.", cancellationToken);
        await DelayUntilAsync(demo, incident.LadderStart.AddMinutes(16), cancellationToken);

        using var http = new HttpClient { BaseAddress = demo.BridgeUrl, Timeout = TimeSpan.FromSeconds(15) };
        var link = AckLinkFromMailbox(services, onCall) ?? services.GetRequiredService<Escalation.Acknowledgement.AckLinks>()
            .Link(incident.Id, onCall, Escalation.Acknowledgement.AckAction.Acknowledge, demo.Clock.GetUtcNow()).ToString();
        await SayAsync(demo, $"{onCall} wakes up and opens the link in the page: {link}", cancellationToken);
        (await http.GetAsync(link, cancellationToken)).EnsureSuccessStatusCode();
        var acknowledged = await http.PostAsync(link, new FormUrlEncodedContent([]), cancellationToken);
        await SayAsync(demo, $"{onCall} pressed Acknowledge: {Result(await acknowledged.Content.ReadAsStringAsync(cancellationToken))}", cancellationToken);

        await SayAsync(demo, "half an hour of work later (the clock skips ahead)…", cancellationToken);
        demo.Clock.Advance(TimeSpan.FromMinutes(30));
        // The page's resolve link, made for the same person (the page carries it too).
        var resolve = services.GetRequiredService<Escalation.Acknowledgement.AckLinks>().Link(incident.Id, onCall, Escalation.Acknowledgement.AckAction.Resolve, demo.Clock.GetUtcNow());
        var resolved = await http.PostAsync(resolve, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["minutes"] = "35",
            ["note"] = "Restarted the directory services on NWD-DC01; logins work again.",
        }), cancellationToken);
        await SayAsync(demo, $"{onCall} resolved it with 35 minutes worked: {Result(await resolved.Content.ReadAsStringAsync(cancellationToken))}", cancellationToken);

        // Until write-back has read every line of the incident and sent what they cause.
        var outbox = services.GetRequiredService<OutboxStore>();
        var cursor = services.GetRequiredService<TimelineCursorStore>();
        var timeline = services.GetRequiredService<Escalation.Timeline.IncidentTimeline>();
        var last = timeline.ForTicket(DcDownTicket).Max(e => e.Id);
        await WaitForAsync(() => cursor.Get() >= last && outbox.OpenRecords().Count == 0, cancellationToken);
        await SayAsync(demo, DescribeTicket(demo), cancellationToken);

        var deferred = demo.Sandbox.State.CreateTicket("FabrikamRetail", "Label printer in the back office offline", t => t
            .Priority(3).Type("Workstation").SubType("Hardware Failure").Contact(6)
            .InitialDescription("The label printer shows offline; the tills work."));
        var deferredId = (int)deferred["id"]!;
        await SayAsync(demo, $"a P3 arrives from Fabrikam Retail (business hours only): ticket #{deferredId}.", cancellationToken);
        var decisions = services.GetRequiredService<RoutingDecisionRepository>();
        await WaitForAsync(() => decisions.ForTicket(deferredId).Count > 0, cancellationToken);
        var decision = decisions.ForTicket(deferredId)[^1];
        await SayAsync(demo, decision.Disposition == nameof(Disposition.NextBusinessDay)
            ? $"#{deferredId} waits for the business morning; nobody is woken for it."
            : $"#{deferredId} was routed {decision.Disposition}.", cancellationToken);
        if (await WaitForAsync(() => outbox.ForTicket(deferredId).Any(r => r.Kind == OutboxKind.ClientNotice && !r.Open), cancellationToken)
            && outbox.ForTicket(deferredId).First(r => r.Kind == OutboxKind.ClientNotice) is { State: OutboxState.Sent } notice)
        {
            await SayAsync(demo, $"the client is told when work starts: {notice.Summary}", cancellationToken);
        }

        // A P3 about slow logins would wait for the morning, but it names Northwind's domain controller as its
        // configuration item (a resource of its own in ConnectWise, read because a rule looks at it).
        var server = demo.Sandbox.State.CreateTicket("NorthwindDental", "Logins slow at the front desk", t => t
            .Priority(3).Type("Workstation").SubType("Performance").Contact(1).Configuration("NWD-DC01")
            .InitialDescription("Every login at the front desk takes two minutes."));
        var serverId = (int)server["id"]!;
        await SayAsync(demo, $"a P3 arrives from Northwind Dental about slow logins, on configuration item NWD-DC01: ticket #{serverId}.", cancellationToken);
        await WaitForAsync(() => decisions.ForTicket(serverId).Count > 0, cancellationToken);
        var byItem = decisions.ForTicket(serverId)[^1];
        var rule = byItem.Reasons.FirstOrDefault(r => r.Contains("configuration item", StringComparison.Ordinal));
        await SayAsync(demo, $"#{serverId} was routed {byItem.Disposition}{(rule is null ? "" : ": " + rule)}.", cancellationToken);
        if (await WaitForAsync(() => incidents.ForTicket(serverId).Any(i => i.Paged.Count > 0), cancellationToken))
        {
            await SayAsync(demo, $"#{serverId} pages {incidents.ForTicket(serverId)[0].Paged[0]} now.", cancellationToken);
        }

        await MorningDigestAsync(demo, cancellationToken);
    }

    /// <summary>The clock skips to half a minute before the morning digest; the script waits for it in the mailbox.</summary>
    private static async Task MorningDigestAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        var services = demo.Bridge.Services;
        var settings = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Reporting.ReportingOptions>>().CurrentValue.Digest;
        if (!settings.Enabled || Reporting.Digest.DigestSchedule.ParseAt(settings.At) is not { } at)
        {
            return;
        }

        var zone = demo.Timeline.Zone;
        var now = demo.Clock.GetUtcNow();
        var day = Reporting.Digest.DigestSchedule.Today(now, zone);
        var due = Reporting.Digest.DigestSchedule.DueOn(day, at, zone);
        due = due > now ? due : Reporting.Digest.DigestSchedule.DueOn(day.PlusDays(1), at, zone);
        await SayAsync(demo, $"the rest of the night is quiet; the clock skips to the service manager's morning digest at {settings.At}…", cancellationToken);
        var skip = due - now - TimeSpan.FromSeconds(30);
        if (skip > TimeSpan.Zero)
        {
            demo.Clock.Advance(skip);
        }

        var members = services.GetRequiredService<OnCall.IOnCallResolver>().Role(settings.Role).Select(p => p.Member).ToList();
        string? digest = null;
        if (await WaitForAsync(() => (digest = members.Select(m => MailFromMailbox(services, m, "Bridge morning digest")).FirstOrDefault(d => d is not null)) is not null, cancellationToken))
        {
            await SayAsync(demo, $"the morning digest is in the mailbox: {digest}", cancellationToken);
        }
    }

    private static string DescribeTicket(DemoContext demo)
    {
        var state = demo.Sandbox.State;
        var ticket = state.GetTicket(DcDownTicket);
        var entries = state.TimeEntries(DcDownTicket);
        var zeroHour = entries.Count(e => (decimal?)e["actualHours"] is null or 0m);
        var worked = entries.Where(e => (decimal?)e["actualHours"] is > 0m).Select(e => $"{(decimal)e["actualHours"]!:0.##} h {(string?)e["workType"]?["name"] ?? "default work type"}");
        return string.Create(CultureInfo.InvariantCulture,
            $"sandbox ticket #{DcDownTicket} now: status {(string?)ticket?["status"]?["name"]}, {state.Notes(DcDownTicket).Count} notes, {zeroHour} zero-hour contact entries, worked {string.Join(", ", worked)}.");
    }

    /// <summary>"file.eml to a@b: subject" of the newest mail to <paramref name="member"/> whose subject starts so; null when none.</summary>
    private static string? MailFromMailbox(IServiceProvider services, string member, string subject) =>
        Mails(services, member).LastOrDefault(m => m.Message.Subject?.StartsWith(subject, StringComparison.Ordinal) == true) is { Message: not null } found
            ? $"{Path.GetFileName(found.File)} to {string.Join(", ", found.Message.To.Mailboxes.Select(a => a.Address))}: {found.Message.Subject}"
            : null;

    private static List<(string File, MimeMessage Message)> Mails(IServiceProvider services, string member)
    {
        var mailbox = services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Connectors.Notifications.ChannelsOptions>>().CurrentValue.Email?.PickupDirectory;
        var person = services.GetRequiredService<OnCall.IOnCallResolver>().FindPerson(member);
        if (mailbox is null || person is null || !Directory.Exists(mailbox))
        {
            return [];
        }

        var addresses = person.Contacts.Select(c => c.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.GetFiles(mailbox, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(file => (file, MimeMessage.Load(file)))
            .Where(m => m.Item2.To.Mailboxes.Any(a => addresses.Contains(a.Address)))
            .ToList();
    }

    private static string? AckLinkFromMailbox(IServiceProvider services, string member) =>
        Mails(services, member).Select(m => AckUrl().Match(m.Message.TextBody ?? "")).LastOrDefault(m => m.Success)?.Value;

    private static string Result(string html) =>
        ResultText().Match(html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : "(no answer)";

    private static async Task SayAsync(DemoContext demo, string text, CancellationToken cancellationToken)
    {
        await demo.Timeline.PrintNewAsync(cancellationToken);
        await demo.Terminal.Writer.WriteLineAsync(DemoTimeline.Format(new DemoTimelineLine(demo.Clock.GetUtcNow(), "demo", text), demo.Timeline.Zone));
    }

    private static async Task DelayUntilAsync(DemoContext demo, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wait = at - demo.Clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, demo.Clock, cancellationToken);
        }
    }

    /// <summary>Real time: this waits for the bridge's work, not for a moment of the night.</summary>
    private static async Task<bool> WaitForAsync(Func<bool> done, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (!done())
        {
            if (waited >= BridgeWait)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
            waited += TimeSpan.FromMilliseconds(100);
        }

        return true;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/ack/\d+/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex AckUrl();

    [GeneratedRegex(@"<p class=""msg"" id=""result"">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ResultText();
}

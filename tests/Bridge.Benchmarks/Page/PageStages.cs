using System.Globalization;
using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Ingest;

namespace Bridge.Benchmarks.Page;

/// <summary>
/// Where a page's time went, from the instants the worker stored (same machine, same wall clock): ticket created →
/// callback in the inbox → incident opened → page queued in the delivery log → page at the listener. Medians. Read
/// from the worker's state after it was killed: the LiteDB files, or the PostgreSQL database.
/// </summary>
internal static class PageStages
{
    private static readonly TimeSpan SlowCallback = TimeSpan.FromMilliseconds(100);

    public static void Print(string configDirectory, BenchStore store, IReadOnlyList<(int Ticket, DateTimeOffset At)> created, IReadOnlyList<ReceivedPage> pages, IReadOnlyList<SandboxCallbackAttempt> callbacks)
    {
        using var database = store.OpenMain(durable: false);
        Dictionary<long, DateTimeOffset> inbox;
        using (var inboxStore = store.OpenInbox(durable: false))
        {
            inbox = inboxStore.Collection<InboxEntry>(CallbackInbox.CollectionName).FindAll()
                .GroupBy(e => e.RecordId).ToDictionary(g => g.Key, g => g.Min(e => e.ReceivedAt));
        }

        var incidents = new IncidentStore(database);
        var log = new DeliveryLogRepository(database);
        var firstPage = pages.GroupBy(p => p.TicketId).ToDictionary(g => g.Key, g => g.Min(p => p.ReceivedAt));
        var slow = new List<DateTimeOffset>();
        var stages = new List<double>[4];
        for (var s = 0; s < stages.Length; s++)
        {
            stages[s] = [];
        }

        foreach (var (ticket, at) in created)
        {
            if (!inbox.TryGetValue(ticket, out var received) || !firstPage.TryGetValue(ticket, out var paged)
                || incidents.ForTicket(ticket) is not [var incident, ..] || log.Timeline(incident.Key) is not [var queued, ..])
            {
                continue;
            }

            stages[0].Add((received - at).TotalMilliseconds);
            if (received - at > SlowCallback)
            {
                slow.Add(at);
            }

            stages[1].Add((incident.OpenedAt - received).TotalMilliseconds);
            stages[2].Add((queued.QueuedAt - incident.OpenedAt).TotalMilliseconds);
            stages[3].Add((paged - queued.QueuedAt).TotalMilliseconds);
        }

        string Median(int s) => string.Create(CultureInfo.InvariantCulture, $"{new Percentiles(stages[s]).At(50):F1} ms (p99 {new Percentiles(stages[s]).At(99):F1})");
        Console.WriteLine($"  where the time goes (median of {stages[0].Count}, from the instants stored in the worker's state):");
        Console.WriteLine($"    created → callback in the inbox     {Median(0)}");
        Console.WriteLine($"    inbox → incident opened (route)      {Median(1)}");
        Console.WriteLine($"    opened → page queued (step start)    {Median(2)}");
        Console.WriteLine($"    queued → page at the listener        {Median(3)}");
        // The slow callbacks against the worker's poll cycles (the shipped poll runs every minute, its log line comes at the end).
        var polls = WorkerLog.Instants(configDirectory, "Poll ");
        var nearPoll = slow.Count(at => polls.Any(end => end >= at && end - at < TimeSpan.FromSeconds(2)));
        Console.WriteLine($"    callbacks slower than {SlowCallback.TotalMilliseconds:F0} ms: {slow.Count}, of them {nearPoll} created within 2 s before a poll cycle ended ({polls.Count} cycles)");
        PrintQueueAhead(created, callbacks, slow.ToHashSet());
    }

    /// <summary>
    /// The sandbox, like ConnectWise, posts callbacks one at a time in the order of the changes: a ticket's own
    /// "added" callback waits for every callback queued before it — mostly the bridge's own notes and time entries
    /// on earlier tickets coming back. Counted from the sandbox's delivery log (attempts finished between the
    /// ticket's creation and its own callback).
    /// </summary>
    private static void PrintQueueAhead(IReadOnlyList<(int Ticket, DateTimeOffset At)> created, IReadOnlyList<SandboxCallbackAttempt> callbacks, HashSet<DateTimeOffset> slow)
    {
        var own = callbacks.Where(c => c.Type == "ticket" && c.Action == "added").GroupBy(c => c.EntityId).ToDictionary(g => g.Key, g => g.Min(c => c.Timestamp));
        var aheadAll = new List<double>();
        var aheadSlow = new List<double>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (ticket, at) in created)
        {
            if (!own.TryGetValue(ticket, out var sent))
            {
                continue;
            }

            var ahead = callbacks.Where(c => c.Timestamp > at && c.Timestamp < sent).ToList();
            aheadAll.Add(ahead.Count);
            if (slow.Contains(at))
            {
                aheadSlow.Add(ahead.Count);
                foreach (var c in ahead)
                {
                    var kind = $"{c.Type} {c.Action}";
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                }
            }
        }

        var byKind = string.Join(", ", kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    callbacks the sandbox delivered before the ticket's own: median {new Percentiles(aheadAll).At(50):F0}, p99 {new Percentiles(aheadAll).At(99):F0} over all; for the slow ones median {(aheadSlow.Count > 0 ? new Percentiles(aheadSlow).At(50) : 0):F0} ({byKind})"));
    }
}

using System.Globalization;
using Bridge.Benchmarks.Support;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage;

namespace Bridge.Benchmarks.Page;

/// <summary>
/// Where a page's time went, from the instants the worker stored (same machine, same wall clock): ticket created →
/// callback in the inbox → incident opened → page queued in the delivery log → page at the listener. Medians.
/// </summary>
internal static class PageStages
{
    private static readonly TimeSpan SlowCallback = TimeSpan.FromMilliseconds(100);

    public static void Print(string configDirectory, string databasePath, IReadOnlyList<(int Ticket, DateTimeOffset At)> created, IReadOnlyList<ReceivedPage> pages)
    {
        using var database = StateFileDatabase.Open(databasePath, durable: false);
        var inbox = database.Collection<InboxEntry>(CallbackInbox.CollectionName).FindAll()
            .GroupBy(e => e.RecordId).ToDictionary(g => g.Key, g => g.Min(e => e.ReceivedAt));
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
        Console.WriteLine($"  where the time goes (median of {stages[0].Count}, from the instants stored in the state file):");
        Console.WriteLine($"    created → callback in the inbox     {Median(0)}");
        Console.WriteLine($"    inbox → incident opened (route)      {Median(1)}");
        Console.WriteLine($"    opened → page queued (step start)    {Median(2)}");
        Console.WriteLine($"    queued → page at the listener        {Median(3)}");
        // The slow callbacks against the worker's poll cycles (the shipped poll runs every minute, its log line comes at the end).
        var polls = WorkerLog.Instants(configDirectory, "Poll ");
        var nearPoll = slow.Count(at => polls.Any(end => end >= at && end - at < TimeSpan.FromSeconds(2)));
        Console.WriteLine($"    callbacks slower than {SlowCallback.TotalMilliseconds:F0} ms: {slow.Count}, of them {nearPoll} created within 2 s before a poll cycle ended ({polls.Count} cycles)");
    }
}

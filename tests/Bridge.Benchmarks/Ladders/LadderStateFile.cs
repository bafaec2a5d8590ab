using System.Globalization;
using Bridge.Benchmarks.Support;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Benchmarks.Ladders;

/// <summary>
/// The benchmark's ladder and a state file of open incidents on it, written through <see cref="IncidentStore"/>
/// as the engine would have left them after each incident's first page: repeat 1 due next.
/// </summary>
internal static class LadderStateFile
{
    public const string Policy = "bench-ladder";
    public static readonly TimeSpan RepeatEvery = TimeSpan.FromMinutes(5);
    private const int RepeatCount = 12;
    private const string Target = "schedule:after-hours";

    /// <summary>The paging settings plus the ladder: one step, the after-hours schedule, every 5 minutes for an hour.</summary>
    public static Dictionary<string, string?> Settings(Uri webhook, int port)
    {
        var settings = PagingSettings.For(webhook, port, DateTimeOffset.UtcNow);
        settings[$"Escalation:Policies:{Policy}:Steps:0:After"] = "00:00:00";
        settings[$"Escalation:Policies:{Policy}:Steps:0:Targets:0"] = Target;
        settings[$"Escalation:Policies:{Policy}:Steps:0:RepeatEvery"] = RepeatEvery.ToString("c", CultureInfo.InvariantCulture);
        settings[$"Escalation:Policies:{Policy}:Steps:0:RepeatCount"] = RepeatCount.ToString(CultureInfo.InvariantCulture);
        // The incidents' tickets are on the Alerts board: the cold-start poll reads only the Service Desk.
        settings["Ingest:Boards:0"] = "Service Desk";
        return settings;
    }

    /// <summary>One incident per ticket, repeat 1 of ticket i due at <paramref name="firstDue"/> + i × period / count.</summary>
    /// <returns>Each incident's id and the instant its repeat 1 is due.</returns>
    public static IReadOnlyDictionary<int, DateTimeOffset> Write(string databasePath, IReadOnlyList<int> tickets, DateTimeOffset firstDue)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        using var database = StateFileDatabase.Open(databasePath, durable: true);
        var store = new IncidentStore(database);
        var due = new Dictionary<int, DateTimeOffset>(tickets.Count);
        database.Write(() =>
        {
            for (var i = 0; i < tickets.Count; i++)
            {
                var at = firstDue + RepeatEvery * i / tickets.Count;
                var incident = NewIncident(tickets[i], at - RepeatEvery);
                store.Insert(incident);
                due[incident.Id] = at;
            }
        });
        return due;
    }

    private static Incident NewIncident(int ticket, DateTimeOffset ladderStart)
    {
        var incident = new Incident
        {
            TicketId = ticket,
            Cause = IncidentCause.AfterHours,
            State = IncidentState.Triggered,
            Policy = Policy,
            OpenedAt = ladderStart,
            LadderStart = ladderStart,
            Steps = [new IncidentStep { Number = 1, After = TimeSpan.Zero, Targets = [Target], RepeatEvery = RepeatEvery, RepeatCount = RepeatCount, NextRepeat = 1 }],
            PriorityLevel = "P1",
            Billing = Bridge.Worker.Routing.BillingKind.Included,
            Ticket = new IncidentTicket { Summary = $"Server {ticket} not responding", CompanyIdentifier = "NorthwindDental", CompanyName = "Northwind Dental Group", Board = "Alerts" },
        };
        incident.NextDueAt = LadderClock.NextDueAt(incident);
        return incident;
    }
}

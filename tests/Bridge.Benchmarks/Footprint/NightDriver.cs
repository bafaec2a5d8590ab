using Bridge.Benchmarks.Support;
using Bridge.Sandbox;
using Bridge.Worker.Demo;

namespace Bridge.Benchmarks.Footprint;

/// <summary>
/// Plays a <see cref="NightPlan"/> on the shared clock: opens and changes the tickets in the sandbox (which sends
/// the callbacks), and acknowledges incidents through the link in their first page, as the technician would.
/// </summary>
internal sealed class NightDriver(SandboxServer sandbox, WebhookListener listener, DemoClock clock)
{
    /// <summary>
    /// Real time an acknowledgement waits for its ticket's first page (one still on its way); none by then means nobody
    /// was paged yet (the page is late, or the ticket's step 1 found nobody to page).
    /// </summary>
    private static readonly TimeSpan PageWait = TimeSpan.FromSeconds(1);

    private readonly List<string> _problems = [];
    private readonly Dictionary<int, NightTicket> _tickets = [];
    private int _created;
    private int _acknowledged;
    private int _changed;

    public int Created => Volatile.Read(ref _created);

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Notes, assignments and closes made in the sandbox.</summary>
    public int Changed => Volatile.Read(ref _changed);

    /// <summary>What did not go as planned: an acknowledgement refused or without a page, a change the sandbox refused.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>The planned ticket the sandbox gave <paramref name="ticketId"/> to, if the driver opened it.</summary>
    public NightTicket? TicketFor(int ticketId)
    {
        lock (_tickets)
        {
            return _tickets.GetValueOrDefault(ticketId);
        }
    }

    public async Task RunAsync(NightPlan plan, DateTimeOffset start)
    {
        var ids = new int[plan.Tickets.Count];
        var acknowledgements = new List<Task>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var step in plan.Events)
        {
            await UntilAsync(clock, start + step.At);
            var ticket = plan.Tickets[step.Ticket];
            try
            {
                switch (step.Action)
                {
                    case NightAction.Create:
                        ids[step.Ticket] = sandbox.State.CreateTicket(ticket.Company, ticket.Summary, ticket.Apply)["id"]!.GetValue<int>();
                        lock (_tickets)
                        {
                            _tickets[ids[step.Ticket]] = ticket;
                        }

                        Interlocked.Increment(ref _created);
                        break;
                    case NightAction.Acknowledge:
                        // Aside, so that a wait for a page does not hold up the night.
                        acknowledgements.Add(AcknowledgeAsync(http, ids[step.Ticket]));
                        break;
                    case NightAction.Note:
                        sandbox.State.AddNote(ids[step.Ticket], step.Text!, internalNote: true, step.Member);
                        Interlocked.Increment(ref _changed);
                        break;
                    case NightAction.Assign:
                        sandbox.State.UpdateTicket(ids[step.Ticket], t => t.Owner(step.Member).Status(ticket.Board == NightTicket.Alerts ? "Acknowledged" : "Assigned"), step.Member);
                        Interlocked.Increment(ref _changed);
                        break;
                    case NightAction.Close:
                        sandbox.State.UpdateTicket(ids[step.Ticket], t => t.Status(ticket.Board == NightTicket.Alerts ? "Resolved" : "Completed"), step.Member);
                        Interlocked.Increment(ref _changed);
                        break;
                }
            }
            catch (SandboxApiException ex)
            {
                Problem($"{step.Action} ticket {ids[step.Ticket]}: the sandbox refused it ({ex.Message})");
            }
        }

        await Task.WhenAll(acknowledgements);
    }

    /// <summary>Waits on <paramref name="clock"/> until it shows <paramref name="at"/>.</summary>
    public static Task UntilAsync(DemoClock clock, DateTimeOffset at)
    {
        var wait = at - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock) : Task.CompletedTask;
    }

    private async Task AcknowledgeAsync(HttpClient http, int ticketId)
    {
        ReceivedPage page;
        try
        {
            page = await listener.FirstPageFor(ticketId).WaitAsync(PageWait);
        }
        catch (TimeoutException)
        {
            Problem($"Acknowledge ticket {ticketId}: nobody paged for it yet, so no link to open");
            return;
        }

        if (page.Acknowledge is null)
        {
            Problem($"Acknowledge ticket {ticketId}: the page carried no acknowledgement link");
            return;
        }

        using var answer = await http.PostAsync(page.Acknowledge, new FormUrlEncodedContent([]));
        if (answer.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _acknowledged);
        }
        else
        {
            Problem($"Acknowledge ticket {ticketId}: the link answered {(int)answer.StatusCode}");
        }
    }

    private void Problem(string text)
    {
        lock (_problems)
        {
            _problems.Add(text);
        }
    }
}

using System.Net;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Reads one ticket from ConnectWise into the bridge's model, wherever it lives: service tickets first, then
/// project tickets (they share one id space, and a project ticket's id answers 404 on <c>/service/tickets</c>).
/// Adds the configuration items when <see cref="ITicketDetailsPolicy"/> asks for them. Used by ingest and by
/// <c>explain --ticket</c>, so both see the same ticket.
/// </summary>
internal sealed class TicketReader(IConnectWiseApi api, ConnectWisePager pager, ITicketDetailsPolicy details) : ITicketSource
{
    private const int NamesPerRequest = 100;

    /// <summary>The ticket now; null when ConnectWise answers "not found" on both resources (it was deleted).</summary>
    /// <exception cref="ConnectWiseApiException">Any other failure (the caller retries or leaves it to the poller).</exception>
    public async Task<TicketSnapshot?> ReadAsync(int id, CancellationToken ct)
    {
        Ticket ticket;
        try
        {
            ticket = await api.GetTicketAsync(id, TicketSnapshotMapper.Fields, ct);
        }
        catch (ConnectWiseApiException ex) when (IsNotFound(ex))
        {
            try
            {
                ticket = await api.GetProjectTicketAsync(id, TicketSnapshotMapper.Fields, ct);
            }
            catch (ConnectWiseApiException again) when (IsNotFound(again))
            {
                return null;
            }
        }

        var snapshot = TicketSnapshotMapper.TryMap(ticket)
            ?? throw new ConnectWiseApiException($"ConnectWise answered ticket {id} without an id or _info/lastUpdated.");
        return await WithDetailsAsync(snapshot, ct);
    }

    /// <summary>The snapshot with its configuration items read, when a stage needs them; unchanged otherwise.</summary>
    public async Task<TicketSnapshot> WithDetailsAsync(TicketSnapshot snapshot, CancellationToken ct) =>
        !snapshot.IsProjectTicket && details.NeedsConfigurationItems(snapshot)
            ? snapshot with { ConfigurationItems = await ConfigurationItemsAsync(snapshot.Id, ct) }
            : snapshot;

    /// <summary>
    /// Names and device identifiers of the ticket's configuration items: the ticket's list carries ids and device
    /// identifiers only, so the names take one more read of <c>company/configurations</c> (nothing when there are none).
    /// </summary>
    public async Task<IReadOnlyList<string>> ConfigurationItemsAsync(int ticketId, CancellationToken ct)
    {
        var references = new List<ConfigurationReference>();
        await foreach (var reference in pager.EnumerateAsync((size, token) => api.GetTicketConfigurationsAsync(ticketId, size, token), ct))
        {
            references.Add(reference);
        }

        var names = new List<string>();
        var ids = references.Select(r => r.Id).OfType<int>().Distinct().ToList();
        var named = new Dictionary<int, Bridge.Connectors.ConnectWise.Models.Configuration>();
        foreach (var chunk in ids.Chunk(NamesPerRequest))
        {
            var conditions = Conditions.Field("id").In(chunk.Select(i => (long)i).ToArray()).ToString();
            await foreach (var configuration in pager.EnumerateAsync((size, token) => api.GetConfigurationsAsync(conditions, "id,name,deviceIdentifier", size, token), ct))
            {
                if (configuration.Id is { } id)
                {
                    named[id] = configuration;
                }
            }
        }

        foreach (var reference in references)
        {
            var configuration = reference.Id is { } id ? named.GetValueOrDefault(id) : null;
            names.Add(configuration?.Name ?? "");
            names.Add(reference.DeviceIdentifier ?? configuration?.DeviceIdentifier ?? "");
        }

        return names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // "The endpoint does not exist" is also a 404 (a wrong codebase, bad auth on cloud): only ConnectWise's own
    // NotFound says the record is gone, so a misconfigured URL never reads as every ticket deleted.
    private static bool IsNotFound(ConnectWiseApiException ex) =>
        ex.StatusCode == HttpStatusCode.NotFound && string.Equals(ex.Code, "NotFound", StringComparison.OrdinalIgnoreCase);
}

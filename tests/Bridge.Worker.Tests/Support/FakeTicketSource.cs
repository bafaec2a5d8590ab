using Bridge.Worker.Ingest;

namespace Bridge.Worker.Tests.Support;

/// <summary>ConnectWise as the tracker reads it again: the ticket as the test says it is now, and the reads made.</summary>
internal sealed class FakeTicketSource : ITicketSource
{
    public Dictionary<int, TicketSnapshot?> Current { get; } = [];

    public List<int> Reads { get; } = [];

    public Func<TicketSnapshot, IReadOnlyList<string>>? ConfigurationItems { get; set; }

    public Task<TicketSnapshot?> ReadAsync(int id, CancellationToken ct)
    {
        Reads.Add(id);
        return Current.TryGetValue(id, out var ticket) ? Task.FromResult(ticket) : throw new HttpRequestException($"ticket {id} is not in the fake");
    }

    public Task<TicketSnapshot> WithDetailsAsync(TicketSnapshot snapshot, CancellationToken ct) =>
        Task.FromResult(ConfigurationItems is null ? snapshot : snapshot with { ConfigurationItems = ConfigurationItems(snapshot) });
}

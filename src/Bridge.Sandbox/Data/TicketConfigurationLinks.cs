namespace Bridge.Sandbox.Data;

/// <summary>
/// Which configurations are attached to which ticket. Kept apart from the ticket itself because ConnectWise's
/// ticket model has no such member: the attachments are only visible under <c>…/tickets/{id}/configurations</c>.
/// Not thread-safe (the state's lock guards it).
/// </summary>
internal sealed class TicketConfigurationLinks
{
    private readonly Dictionary<int, SortedSet<int>> _byTicket = [];

    /// <summary>The attached configuration ids in id order.</summary>
    public IReadOnlyCollection<int> Of(int ticketId) =>
        _byTicket.TryGetValue(ticketId, out var ids) ? [.. ids] : [];

    public bool Contains(int ticketId, int configurationId) =>
        _byTicket.TryGetValue(ticketId, out var ids) && ids.Contains(configurationId);

    /// <summary>False when it was attached already.</summary>
    public bool Add(int ticketId, int configurationId)
    {
        if (!_byTicket.TryGetValue(ticketId, out var ids))
        {
            ids = [];
            _byTicket[ticketId] = ids;
        }

        return ids.Add(configurationId);
    }

    /// <summary>False when it was not attached.</summary>
    public bool Remove(int ticketId, int configurationId) =>
        _byTicket.TryGetValue(ticketId, out var ids) && ids.Remove(configurationId);

    public void RemoveTicket(int ticketId) => _byTicket.Remove(ticketId);

    public void Clear() => _byTicket.Clear();
}

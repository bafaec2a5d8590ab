namespace Bridge.Benchmarks.Support;

/// <summary>A page as the webhook listener received it; the dedup key is <c>incident:ladder:step:repeat:person</c>.</summary>
internal sealed record ReceivedPage(int TicketId, string DedupKey, DateTimeOffset ReceivedAt, long Timestamp)
{
    public int IncidentId => int.Parse(DedupKey.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

    public int Repeat => int.Parse(DedupKey.Split(':')[3], System.Globalization.CultureInfo.InvariantCulture);
}

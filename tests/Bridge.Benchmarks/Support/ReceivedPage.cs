namespace Bridge.Benchmarks.Support;

/// <summary>
/// A page as the webhook listener received it; the dedup key is <c>incident:ladder:step:repeat:person</c> (repeat 0 is
/// the step's first send), <see cref="SentAt"/> the instant on the bridge's clock it was sent, <see cref="Acknowledge"/>
/// the page's signed acknowledgement link (POST acts).
/// </summary>
internal sealed record ReceivedPage(int TicketId, string DedupKey, DateTimeOffset ReceivedAt, long Timestamp, DateTimeOffset? SentAt = null, Uri? Acknowledge = null)
{
    public int IncidentId => KeyPart(0);

    public int Step => KeyPart(2);

    public int Repeat => KeyPart(3);

    private int KeyPart(int index) => int.Parse(DedupKey.Split(':')[index], System.Globalization.CultureInfo.InvariantCulture);
}

namespace Bridge.Worker.Escalation.Incidents;

/// <summary>A step send under way: decided (who), written, and not yet marked complete.</summary>
public sealed class InFlightSend
{
    public int Step { get; set; }

    public int Repeat { get; set; }

    /// <summary>The people chosen when the send began; a resumed send pages the same people, whoever is on call now.</summary>
    public List<string> People { get; set; } = [];
}

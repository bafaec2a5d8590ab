namespace Bridge.Worker.Ingest;

/// <summary>
/// What ingest must read about a ticket beyond the ticket itself, for the stages after it. ConnectWise keeps a
/// ticket's configuration items as a resource of their own, so reading them costs requests: routing says for which
/// tickets a rule looks at them, and only those are read.
/// </summary>
internal interface ITicketDetailsPolicy
{
    bool NeedsConfigurationItems(TicketSnapshot ticket);
}

namespace Bridge.Worker.Ingest;

/// <summary>Without a stage that needs them, no configuration items are read.</summary>
internal sealed class NoTicketDetails : ITicketDetailsPolicy
{
    public bool NeedsConfigurationItems(TicketSnapshot ticket) => false;
}

using Bridge.Sandbox;

namespace Bridge.Benchmarks.Footprint;

/// <summary>A ticket of the simulated night as it is opened in the sandbox; <see cref="Pages"/> when routing should page for it.</summary>
internal sealed record NightTicket(string Company, string Summary, string Board, int Priority, string Type, string SubType, int? Contact, bool Pages)
{
    public const string Alerts = "Alerts";

    public void Apply(TicketChange ticket)
    {
        ticket.Board(Board).Priority(Priority).Type(Type).SubType(SubType);
        if (Contact is { } contact)
        {
            ticket.Contact(contact);
        }
    }
}

using Bridge.Worker.Routing;
using NodaTime;

namespace Bridge.Worker.WriteBack;

/// <summary>
/// What the planner needs besides the timeline line: the options, the MSP's zone, the instant, the ticket's status
/// as the bridge last saw it, the billing class of its latest routing decision, and the ticket (for client notices).
/// </summary>
internal sealed record WriteBackPlanContext(
    WriteBackOptions Options,
    DateTimeZone Zone,
    DateTimeOffset Now,
    KnownStatus? Seen,
    BillingKind Billing,
    string BillingLabel,
    Ingest.TicketSnapshot? Ticket = null);

using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Reporting.ServiceDesk;

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>
/// Counts the service tickets entered in a period per tier: <c>GET service/tickets</c> with
/// <c>dateEntered &gt;= [start] and dateEntered &lt; [end]</c> (and the board filter), only the fields a tier rule
/// reads, forward-only pages of up to 1,000 rows. Tickets entered, not closed: the plan sizes the staff for the work
/// that arrives (seed 003's "tickets per year: calls, e-mail and web requests"), and a closed count would hide the
/// backlog that built up when the desk was short.
/// </summary>
internal sealed class CapacityTicketReader(IConnectWiseApi api, ConnectWisePager pager)
{
    /// <summary>The partial response: the id for paging, the board and the type for the tier rules.</summary>
    public const string Fields = "id,board/name,type/name";

    public static Condition Conditions(ReportPeriod period, Condition? boards) => BoardFilter.On(boards,
        Connectors.ConnectWise.Conditions.And(
            Connectors.ConnectWise.Conditions.Field("dateEntered").GreaterThanOrEqual(period.Start),
            Connectors.ConnectWise.Conditions.Field("dateEntered").LessThan(period.End)));

    public async Task<CapacityTicketCounts> CountAsync(ReportPeriod period, Condition? boards, CapacityTierClassifier classifier, CancellationToken cancellationToken)
    {
        var conditions = Conditions(period, boards).ToString();
        var perTier = CapacityTiers.All.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        long unmapped = 0;
        long total = 0;
        await foreach (var page in pager.EnumerateForwardOnlyAsync<Ticket>(
            (pageId, pageSize, ct) => api.GetTicketsForwardOnlyAsync(conditions, Fields, pageId, pageSize, ct),
            ticket => ticket.Id,
            cancellationToken))
        {
            foreach (var ticket in page.Rows)
            {
                var (tier, mapped) = classifier.Classify(ticket.Board?.Name, ticket.Type?.Name);
                perTier[tier]++;
                total++;
                if (!mapped)
                {
                    unmapped++;
                }
            }
        }

        return new CapacityTicketCounts(perTier, unmapped, total);
    }
}

using System.Net;

namespace Bridge.Worker.Ingest;

internal static class RecentTicketsEndpoints
{
    public const string Path = "/tickets/recent";
    private const int DefaultCount = 20;
    private const int MaxCount = 1000;

    /// <summary>
    /// <c>GET /tickets/recent?count=N</c>: the last changes, newest first, with the path each came by. Ticket
    /// data, so only answered on loopback (the CLI's <c>bridge tickets --recent</c> asks here).
    /// </summary>
    public static IEndpointRouteBuilder MapRecentTicketsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext context, int? count, TicketChangeStore store) =>
        {
            if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                return Results.NotFound();
            }

            var changes = store.Recent(Math.Clamp(count ?? DefaultCount, 1, MaxCount));
            return Results.Json(changes.Select(RecentChange.From), IngestJson.Options);
        });
        return endpoints;
    }
}

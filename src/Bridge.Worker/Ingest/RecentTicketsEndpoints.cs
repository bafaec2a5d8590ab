using Bridge.Worker.Kernel;
using System.Net;

namespace Bridge.Worker.Ingest;

internal static class RecentTicketsEndpoints
{
    public const string Path = "/tickets/recent";
    private const int DefaultCount = 20;
    private const int MaxCount = 1000;

    /// <summary>
    /// <c>GET /tickets/recent?count=N</c>: the last changes, newest first, with the path each came by. Ticket
    /// data, so for viewers (the CLI's <c>bridge tickets --recent</c> asks here with the console token).
    /// </summary>
    public static IEndpointRouteBuilder MapRecentTicketsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (int? count, TicketChangeStore store) =>
        {
            var changes = store.Recent(Math.Clamp(count ?? DefaultCount, 1, MaxCount));
            return Results.Json(changes.Select(RecentChange.From), IngestJson.Options);
        }).ForRole(AccessRole.Viewer);
        return endpoints;
    }
}

namespace Bridge.Worker.Ingest;

internal static class IngestEndpoints
{
    public const string CallbackPath = "/callbacks/connectwise";

    /// <summary>The callback endpoint and the recent-changes view.</summary>
    public static IEndpointRouteBuilder MapIngestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCallbackEndpoints();
        endpoints.MapRecentTicketsEndpoints();
        return endpoints;
    }
}

using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bridge.Worker.Escalation.Api;

/// <summary><c>GET /incidents</c> (open ones, then the latest closed) and <c>GET /incidents/{id}</c> with the timeline.</summary>
internal static class IncidentEndpoints
{
    public const string Path = "/incidents";
    public const int DefaultLimit = 50;

    public static JsonHttpResult<IReadOnlyList<IncidentView>> List(IncidentStore incidents, int? limit) =>
        TypedResults.Json(Listing(incidents, limit ?? DefaultLimit), IncidentJson.Options);

    public static Results<JsonHttpResult<IncidentDetail>, NotFound<string>> Get(int incidentId, IncidentStore incidents, TimelineView timeline) =>
        Detail(incidentId, incidents, timeline) is { } detail
            ? TypedResults.Json(detail, IncidentJson.Options)
            : TypedResults.NotFound(NotFoundText(incidentId));

    /// <summary>The open incidents, oldest first, then the closed ones among the latest <paramref name="limit"/>, newest first.</summary>
    internal static IReadOnlyList<IncidentView> Listing(IncidentStore incidents, int limit)
    {
        var open = incidents.Open();
        var recent = incidents.Recent(Math.Clamp(limit, 1, 500)).Where(i => !i.IsOpen);
        return open.Concat(recent).Select(IncidentView.From).ToList();
    }

    internal static IncidentDetail? Detail(int incidentId, IncidentStore incidents, TimelineView timeline) =>
        incidents.Get(incidentId) is { } incident
            ? new IncidentDetail(IncidentView.From(incident), timeline.ForIncident(incident.Key))
            : null;

    internal static string NotFoundText(int incidentId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"There is no incident {incidentId}.");
}

using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>
/// <c>…/tickets/{id}/configurations</c>: list, count, attach (<c>{"id": n}</c>) and detach. The list items are
/// ConnectWise's ConfigurationReference (id, deviceIdentifier, _info) without a name.
/// </summary>
internal static class TicketConfigurationEndpoints
{
    private const string Actor = SandboxServices.ApiActor;

    public static void MapTicketConfigurationEndpoints(this IEndpointRouteBuilder api, SandboxState state, TicketKind kind)
    {
        var route = kind.ResourcePath + "/{ticketId:int}/configurations";

        api.MapGet(route, (HttpContext context, int ticketId) =>
        {
            var query = ListRequest.Parse(context.Request);
            return ListRequest.Page(context, query, state.Query(state.TicketConfigurationsCore(ticketId, kind), query));
        });

        api.MapGet(route + "/count", (HttpContext context, int ticketId) =>
            ListRequest.Count(state.Count(state.TicketConfigurationsCore(ticketId, kind), ListRequest.Parse(context.Request))));

        api.MapGet(route + "/{configurationId:int}", (HttpContext context, int ticketId, int configurationId) =>
            new CwJsonResult(state.Get(state.TicketConfigurationsCore(ticketId, kind), configurationId, context.Request.Query["fields"])));

        api.MapPost(route, async (HttpContext context, int ticketId) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.ConfigurationReference);
            return ResourceRoutes.Entity(context, state.AttachConfigurationCore(ticketId, body, Actor, kind), StatusCodes.Status201Created);
        });

        api.MapDelete(route + "/{configurationId:int}", (int ticketId, int configurationId) =>
        {
            state.DetachConfigurationCore(ticketId, configurationId, Actor, kind);
            return CwJsonResult.NoContent();
        });
    }
}

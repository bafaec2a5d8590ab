using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>
/// <c>/service/tickets</c> (with search and create) and <c>/project/tickets</c>: the same routes over one id space,
/// each seeing only its own kind, so the other kind's ids answer 404.
/// </summary>
internal static class TicketEndpoints
{
    private const string Actor = SandboxServices.ApiActor;

    public static void MapTicketEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        var service = TicketKind.Service;
        api.MapTicketResource(state, service);
        api.MapTicketResource(state, TicketKind.Project);

        // Project tickets are created from C# or the control surface only; ConnectWise would want a project and phase.
        api.MapPost("service/tickets/search", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadAsync(context) as JsonObject ?? [];
            var query = ListRequest.Parse(context.Request, body);
            return ListRequest.Page(context, query, state.Query(state.Store.Tickets, query, service.Includes));
        });

        api.MapPost("service/tickets", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, service.Schema);
            return ResourceRoutes.Entity(context, state.CreateTicketCore(body, Actor), StatusCodes.Status201Created);
        });
    }

    /// <summary>PUT: the body replaces the ticket; the id stays.</summary>
    public static void Replace(JsonObject target, JsonObject body)
    {
        var id = target["id"]?.DeepClone();
        target.Clear();
        foreach (var (name, value) in body)
        {
            target[name] = value?.DeepClone();
        }

        target["id"] = id;
    }

    private static void MapTicketResource(this IEndpointRouteBuilder api, SandboxState state, TicketKind kind)
    {
        var path = kind.ResourcePath;
        api.MapReadOnly(path, state, s => s.Tickets, _ => kind.Includes, kind.TypeName);

        api.MapPatch(path + "/{id:int}", async (HttpContext context, int id) =>
        {
            var operations = await RequestBody.ReadAsync(context);
            return ResourceRoutes.Entity(context, state.UpdateTicketCore(id, t => JsonPatch.Apply(t, operations, kind.Schema), Actor, kind));
        });

        api.MapPut(path + "/{id:int}", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, kind.Schema);
            return ResourceRoutes.Entity(context, state.UpdateTicketCore(id, t => Replace(t, body), Actor, kind));
        });

        api.MapDelete(path + "/{id:int}", (int id) =>
        {
            state.DeleteTicketCore(id, Actor, kind);
            return CwJsonResult.NoContent();
        });

        api.MapNoteEndpoints(state, kind);
        api.MapTicketConfigurationEndpoints(state, kind);
    }

    private static void MapNoteEndpoints(this IEndpointRouteBuilder api, SandboxState state, TicketKind kind)
    {
        var ofTicket = (HttpContext context) =>
        {
            var ticketId = ResourceRoutes.RouteInt(context, "ticketId");
            state.Read(s => kind.Find(s.Tickets, ticketId));
            return (Func<JsonObject, bool>)(n => JsonValues.GetInt(n["ticketId"]) == ticketId);
        };

        var route = kind.ResourcePath + "/{ticketId:int}/notes";
        api.MapReadOnly(route, state, s => s.Notes, ofTicket);
        api.MapPost(route, async (HttpContext context, int ticketId) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Note);
            return ResourceRoutes.Entity(context, state.AddNoteCore(ticketId, body, Actor, kind), StatusCodes.Status201Created);
        });
    }
}

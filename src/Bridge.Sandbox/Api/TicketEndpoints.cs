using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary><c>/service/tickets</c>, its search and count, and its notes.</summary>
internal static class TicketEndpoints
{
    private const string Actor = SandboxServices.ApiActor;

    public static void MapTicketEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        var tickets = state.Store.Tickets;
        api.MapReadOnly("service/tickets", state, s => s.Tickets);

        api.MapPost("service/tickets/search", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadAsync(context) as JsonObject ?? [];
            var query = ListRequest.Parse(context.Request, body);
            return ListRequest.Page(context, query, state.Query(tickets, query));
        });

        api.MapPost("service/tickets", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Ticket);
            return ResourceRoutes.Entity(context, state.CreateTicketCore(body, Actor), StatusCodes.Status201Created);
        });

        api.MapPatch("service/tickets/{id:int}", async (HttpContext context, int id) =>
        {
            var operations = await RequestBody.ReadAsync(context);
            return ResourceRoutes.Entity(context, state.UpdateTicketCore(id, t => JsonPatch.Apply(t, operations, Schemas.Ticket), Actor));
        });

        api.MapPut("service/tickets/{id:int}", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Ticket);
            return ResourceRoutes.Entity(context, state.UpdateTicketCore(id, t => Replace(t, body), Actor));
        });

        api.MapDelete("service/tickets/{id:int}", (int id) =>
        {
            state.DeleteTicketCore(id, Actor);
            return CwJsonResult.NoContent();
        });

        api.MapNoteEndpoints(state);
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

    private static void MapNoteEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        var ofTicket = (HttpContext context) =>
        {
            var ticketId = ResourceRoutes.RouteInt(context, "ticketId");
            if (!state.Read(s => s.Tickets.Find(ticketId) is not null))
            {
                throw CwErrors.NotFound("Ticket", ticketId);
            }

            return (Func<JsonObject, bool>)(n => JsonValues.GetInt(n["ticketId"]) == ticketId);
        };

        api.MapReadOnly("service/tickets/{ticketId:int}/notes", state, s => s.Notes, ofTicket);
        api.MapPost("service/tickets/{ticketId:int}/notes", async (HttpContext context, int ticketId) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Note);
            return ResourceRoutes.Entity(context, state.AddNoteCore(ticketId, body, Actor), StatusCodes.Status201Created);
        });
    }
}

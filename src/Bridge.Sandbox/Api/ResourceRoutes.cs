using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>The read side every resource shares: list, <c>/count</c> and <c>/{id}</c>.</summary>
internal static class ResourceRoutes
{
    /// <param name="api">The API group.</param>
    /// <param name="route">Relative route of the list, e.g. <c>service/boards</c>.</param>
    /// <param name="state">The sandbox's data.</param>
    /// <param name="pick">The collection.</param>
    /// <param name="scope">Which entities this route shows (a board's statuses, service tickets only, …).</param>
    /// <param name="typeName">The model in a 404 message when it differs from the collection's.</param>
    public static void MapReadOnly(this IEndpointRouteBuilder api, string route, SandboxState state,
        Func<DataStore, EntityCollection> pick, Func<HttpContext, Func<JsonObject, bool>>? scope = null, string? typeName = null)
    {
        var collection = pick(state.Store);
        api.MapGet(route, (HttpContext context) =>
        {
            var query = ListRequest.Parse(context.Request);
            return ListRequest.Page(context, query, state.Query(collection, query, scope?.Invoke(context)));
        });
        api.MapGet(route + "/count", (HttpContext context) =>
            ListRequest.Count(state.Count(collection, ListRequest.Parse(context.Request), scope?.Invoke(context))));
        api.MapGet(route + "/{id:int}", (HttpContext context, int id) =>
            new CwJsonResult(state.Get(collection, id, context.Request.Query["fields"], scope?.Invoke(context), typeName)));
    }

    /// <summary>The entity as answered after a write, honouring <c>fields</c>.</summary>
    public static IResult Entity(HttpContext context, JsonObject entity, int statusCode = StatusCodes.Status200OK) =>
        new CwJsonResult(FieldProjection.Parse(context.Request.Query["fields"])?.Apply(entity) ?? entity, statusCode);

    public static int RouteInt(HttpContext context, string name) =>
        int.TryParse(context.Request.RouteValues[name]?.ToString(), out var value) ? value : 0;

    /// <summary>Scope of a sub-resource of a board (<c>/service/boards/{boardId}/statuses</c>); 404 for an unknown board.</summary>
    public static Func<HttpContext, Func<JsonObject, bool>> OfBoard(SandboxState state) => context =>
    {
        var boardId = RouteInt(context, "boardId");
        if (!state.Read(s => s.Boards.Find(boardId) is not null))
        {
            throw CwErrors.NotFound("Board", boardId);
        }

        return e => JsonValues.GetInt(e["board"]?["id"]) == boardId;
    };
}

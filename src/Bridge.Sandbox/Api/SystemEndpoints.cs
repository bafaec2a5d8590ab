using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary><c>/system/info</c> and the callback registrations under <c>/system/callbacks</c>.</summary>
internal static class SystemEndpoints
{
    public const string VersionNumber = "v4.6.103117";
    private const string Actor = SandboxServices.ApiActor;

    public static void MapSystemEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        api.MapGet("system/info", () => new CwJsonResult(new JsonObject
        {
            ["version"] = "v2025.1.103117",
            ["isCloud"] = false,
            ["serverTimeZone"] = "Eastern Standard Time",
            ["licenseBits"] = new JsonArray(),
            ["cloudRegion"] = "NA",
        }));

        api.MapReadOnly("system/callbacks", state, s => s.Callbacks);

        api.MapPost("system/callbacks", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Callback);
            return ResourceRoutes.Entity(context, state.SaveCallbackCore(null, _ => body, Actor), StatusCodes.Status201Created);
        });

        api.MapPut("system/callbacks/{id:int}", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.Callback);
            return ResourceRoutes.Entity(context, state.SaveCallbackCore(id, _ => body, Actor));
        });

        api.MapPatch("system/callbacks/{id:int}", async (HttpContext context, int id) =>
        {
            var operations = await RequestBody.ReadAsync(context);
            return ResourceRoutes.Entity(context, state.SaveCallbackCore(id, current =>
            {
                JsonPatch.Apply(current!, operations, Schemas.Callback);
                return current!;
            }, Actor));
        });

        api.MapDelete("system/callbacks/{id:int}", (int id) =>
        {
            state.DeleteCallbackCore(id);
            return CwJsonResult.NoContent();
        });
    }
}

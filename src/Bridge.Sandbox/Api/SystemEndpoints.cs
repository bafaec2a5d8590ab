using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary><c>/system/info</c>, <c>/system/myAccount</c> and the callback registrations under <c>/system/callbacks</c>.</summary>
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

        // The member the keys belong to. Some on-premises versions answer 404 here (unconfirmed which), so clients
        // must also take the identifier from their configuration.
        api.MapGet("system/myAccount", () => new CwJsonResult(state.Read(s => s.MemberByIdentifier(Actor)?.DeepClone().AsObject())
            ?? throw CwErrors.EndpointNotFound()));

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

using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary><c>/time/entries</c>, plus the work types and roles a time entry refers to.</summary>
internal static class TimeEntryEndpoints
{
    private const string Actor = SandboxServices.ApiActor;

    public static void MapTimeEntryEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        api.MapReadOnly("time/entries", state, s => s.TimeEntries);

        api.MapPost("time/entries", async (HttpContext context) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.TimeEntry);
            return ResourceRoutes.Entity(context, state.CreateTimeEntryCore(body, Actor), StatusCodes.Status201Created);
        });

        api.MapPatch("time/entries/{id:int}", async (HttpContext context, int id) =>
        {
            var operations = await RequestBody.ReadAsync(context);
            return ResourceRoutes.Entity(context, state.UpdateTimeEntryCore(id, e => JsonPatch.Apply(e, operations, Schemas.TimeEntry), Actor));
        });

        api.MapPut("time/entries/{id:int}", async (HttpContext context, int id) =>
        {
            var body = await RequestBody.ReadObjectAsync(context, Schemas.TimeEntry);
            return ResourceRoutes.Entity(context, state.UpdateTimeEntryCore(id, e => TicketEndpoints.Replace(e, body), Actor));
        });

        api.MapDelete("time/entries/{id:int}", (int id) =>
        {
            state.DeleteTimeEntryCore(id, Actor);
            return CwJsonResult.NoContent();
        });

        api.MapReadOnly("time/workTypes", state, s => s.WorkTypes);
        api.MapReadOnly("time/workRoles", state, s => s.WorkRoles);
    }
}

namespace Bridge.Sandbox.Api;

/// <summary>Read-only reference data: boards and their statuses, types and subtypes; priorities; companies; members.</summary>
internal static class ReferenceEndpoints
{
    public static void MapReferenceEndpoints(this IEndpointRouteBuilder api, SandboxState state)
    {
        var ofBoard = ResourceRoutes.OfBoard(state);
        api.MapReadOnly("service/boards", state, s => s.Boards);
        api.MapReadOnly("service/boards/{boardId:int}/statuses", state, s => s.Statuses, ofBoard);
        api.MapReadOnly("service/boards/{boardId:int}/types", state, s => s.Types, ofBoard);
        api.MapReadOnly("service/boards/{boardId:int}/subtypes", state, s => s.SubTypes, ofBoard);
        api.MapReadOnly("service/priorities", state, s => s.Priorities);

        api.MapReadOnly("company/companies", state, s => s.Companies);
        api.MapReadOnly("company/contacts", state, s => s.Contacts);
        api.MapReadOnly("company/configurations", state, s => s.Configurations);
        api.MapReadOnly("finance/agreements", state, s => s.Agreements);

        api.MapReadOnly("system/members", state, s => s.Members);
    }
}

using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Data;

/// <summary>What a list request asks for: filters, order, projection and the page.</summary>
internal sealed record ListQuery(
    string? Conditions = null,
    string? ChildConditions = null,
    string? CustomFieldConditions = null,
    string? OrderBy = null,
    string? Fields = null,
    int Page = 1,
    int PageSize = ListQuery.DefaultPageSize,
    bool ForwardOnly = false,
    int PageId = 0)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 1000;
}

/// <summary>One page of results: detached copies, plus what the Link header needs.</summary>
internal sealed record PageResult(int Total, IReadOnlyList<JsonObject> Items, bool HasMore, int LastId);

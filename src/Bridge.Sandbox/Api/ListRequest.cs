using System.Globalization;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>Reads the list parameters of a request and answers a page with its <c>Link</c> header.</summary>
internal static class ListRequest
{
    /// <summary>Query parameters, or for <c>…/search</c> the filter members of <paramref name="searchBody"/>.</summary>
    public static ListQuery Parse(HttpRequest request, JsonObject? searchBody = null)
    {
        var forwardOnly = string.Equals(request.Headers["pagination-type"].ToString(), "forward-only", StringComparison.OrdinalIgnoreCase);
        string? Filter(string name) => searchBody is null ? Query(request, name) : Member(searchBody, name);
        return new ListQuery(
            Conditions: Filter("conditions"),
            ChildConditions: Filter("childConditions"),
            CustomFieldConditions: Filter("customFieldConditions"),
            OrderBy: Filter("orderBy"),
            Fields: Query(request, "fields"),
            Page: Math.Max(1, Integer(request, "page") ?? 1),
            PageSize: Math.Clamp(Integer(request, "pageSize") ?? ListQuery.DefaultPageSize, 1, ListQuery.MaxPageSize),
            ForwardOnly: forwardOnly,
            PageId: forwardOnly ? Integer(request, "pageId") ?? 0 : 0);
    }

    public static IResult Page(HttpContext context, ListQuery query, PageResult result)
    {
        context.Response.Headers["Link"] = query.ForwardOnly ? ForwardOnlyLink(context.Request, result) : NavigableLink(context.Request, query, result);
        return new CwJsonResult(new JsonArray([.. result.Items]));
    }

    public static IResult Count(int count) => new CwJsonResult(new JsonObject { ["count"] = count });

    // first and last always; prev and next only where such a page exists.
    private static string NavigableLink(HttpRequest request, ListQuery query, PageResult result)
    {
        var lastPage = Math.Max(1, (int)Math.Ceiling(result.Total / (double)query.PageSize));
        var links = new List<string>(4) { Link(request, "page", 1, "first") };
        if (query.Page > 1)
        {
            links.Add(Link(request, "page", Math.Min(query.Page - 1, lastPage), "prev"));
        }

        if (query.Page < lastPage)
        {
            links.Add(Link(request, "page", query.Page + 1, "next"));
        }

        links.Add(Link(request, "page", lastPage, "last"));
        return string.Join(", ", links);
    }

    // Forward-only: only ever a next link (by pageId); an empty header marks the last page.
    private static string ForwardOnlyLink(HttpRequest request, PageResult result) =>
        result.HasMore ? Link(request, "pageId", result.LastId, "next") : string.Empty;

    private static string Link(HttpRequest request, string parameter, int value, string rel)
    {
        var kept = request.QueryString.HasValue
            ? request.QueryString.Value![1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !IsParameter(p, "page") && !IsParameter(p, "pageId"))
                .ToList()
            : [];
        kept.Add($"{parameter}={value.ToString(CultureInfo.InvariantCulture)}");
        var url = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', kept)}";
        return $"<{url}>; rel=\"{rel}\"";
    }

    private static bool IsParameter(string pair, string name)
    {
        var key = pair.Split('=', 2)[0];
        return string.Equals(Uri.UnescapeDataString(key), name, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Query(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    private static string? Member(JsonObject body, string name) =>
        JsonValues.GetString(body.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value);

    private static int? Integer(HttpRequest request, string name)
    {
        var text = Query(request, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CwErrors.BadRequest($"The value '{text}' is not valid for {name}.");
    }
}

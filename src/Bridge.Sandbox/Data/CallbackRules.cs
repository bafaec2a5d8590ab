using System.Text.Json.Nodes;
using Bridge.Sandbox.Callbacks;

namespace Bridge.Sandbox.Data;

/// <summary>Validation of callback registrations (<c>/system/callbacks</c>), with the real API's error items.</summary>
internal static class CallbackRules
{
    private const string TypeName = "CallbackEntry";
    private static readonly string[] Required = ["url", "objectId", "type", "level"];

    public static JsonObject Build(DataStore store, JsonObject body, JsonObject? current, string actor)
    {
        var values = EntityShaper.Normalize(body, Schemas.Callback);
        var missing = Required.Where(f => values[f] is null).ToList();
        if (missing.Count > 0)
        {
            throw CwErrors.MissingFields(TypeName, missing);
        }

        var url = EntityShaper.Text(values, "url")!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw CwErrors.Invalid(TypeName, new SandboxApiError("InvalidField", "Invalid URL", TypeName, "url"));
        }

        var type = EntityShaper.Text(values, "type")!;
        var level = EntityShaper.Text(values, "level")!;
        if (!CallbackLevels.IsKnownType(type))
        {
            throw CwErrors.Invalid(TypeName, new SandboxApiError("InvalidObject", $"Unrecognized type {type}", TypeName, "type"));
        }

        if (!CallbackLevels.IsValid(type, level))
        {
            throw CwErrors.Invalid(TypeName, new SandboxApiError("InvalidObject", $"Unrecognized level for type {type}", TypeName, "level"));
        }

        var objectId = JsonValues.GetInt(values["objectId"]);
        var currentId = current is null ? 0 : EntityCollection.IdOf(current);
        var duplicate = store.Callbacks.Items.Any(c =>
            EntityCollection.IdOf(c) != currentId
            && string.Equals(JsonValues.GetString(c["url"]), url, StringComparison.OrdinalIgnoreCase)
            && string.Equals(JsonValues.GetString(c["type"]), type, StringComparison.OrdinalIgnoreCase)
            && string.Equals(JsonValues.GetString(c["level"]), level, StringComparison.OrdinalIgnoreCase)
            && JsonValues.GetInt(c["objectId"]) == objectId);
        if (duplicate)
        {
            throw CwErrors.Invalid(TypeName, new SandboxApiError("ObjectExists", "A matching callback entry already exists", TypeName, "objectId"));
        }

        var stamp = store.Stamp();
        var id = current is null ? store.Callbacks.NextId() : currentId;
        values["id"] = id;
        values["payloadVersion"] ??= current?["payloadVersion"]?.DeepClone() ?? "3.0.0";
        values["memberId"] = current?["memberId"]?.DeepClone()
            ?? (store.MemberByIdentifier(actor) is { } member ? EntityCollection.IdOf(member) : 0);
        values["connectWiseID"] = current?["connectWiseID"]?.DeepClone() ?? Guid.NewGuid().ToString();
        values["_info"] = current is null
            ? store.NewInfo(stamp, actor, withEntered: true, ("callback_href", $"system/callbacks/{id}"))
            : DataStore.UpdatedInfo(current, stamp, actor);
        return EntityShaper.Shape(values, Schemas.Callback);
    }
}

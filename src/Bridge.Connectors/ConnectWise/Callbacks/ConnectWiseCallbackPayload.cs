using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>
/// A ConnectWise callback body (PascalCase keys): who changed what, the record id, the record itself in
/// <see cref="Entity"/> (null on <c>deleted</c>) and the signing key URL.
/// </summary>
/// <remarks>
/// Treat it as a hint: verify it (<see cref="ConnectWiseCallbackVerifier"/>), then re-read the record by
/// <see cref="Id"/> with the bridge's own credentials; never act on <see cref="Entity"/> alone.
/// Key names are matched case-insensitively; unknown keys are ignored.
/// </remarks>
public sealed record ConnectWiseCallbackPayload
{
    /// <summary>Delivery id; use it to drop duplicates.</summary>
    public string? MessageId { get; init; }

    /// <summary>Sending host (host only, e.g. <c>na.myconnectwise.net</c>).</summary>
    public string? FromUrl { get; init; }

    /// <summary>Login company id.</summary>
    public string? CompanyId { get; init; }

    /// <summary>Identifier of the member who made the change.</summary>
    public string? MemberId { get; init; }

    /// <summary><c>added</c>, <c>updated</c> or <c>deleted</c> (lowercase).</summary>
    public required string Action { get; init; }

    /// <summary>Record type, lowercase, e.g. <c>ticket</c>, <c>time</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Record id (<c>ID</c>).</summary>
    public required long Id { get; init; }

    /// <summary>
    /// The record's JSON text in API shape (camelCase, <c>_info</c>); null on <c>deleted</c>. ConnectWise sends it as a
    /// JSON string; a body that carries it as a JSON object gives that object's raw text here.
    /// </summary>
    public string? Entity { get; init; }

    /// <summary><c>Metadata.key_url</c>: where the signing key is served.</summary>
    public string? KeyUrl { get; init; }

    /// <summary>The callback registration id.</summary>
    public long? CallbackObjectRecId { get; init; }

    /// <summary>Cloud product instance id, when sent.</summary>
    public string? ProductInstanceId { get; init; }

    /// <summary>Cloud partner id, when sent.</summary>
    public string? PartnerId { get; init; }

    /// <summary>True for <c>Action = deleted</c>.</summary>
    public bool IsDeleted => string.Equals(Action, "deleted", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a UTF-8 body; on failure <paramref name="error"/> says why in one line.</summary>
    /// <param name="utf8Body">The raw body bytes.</param>
    /// <param name="payload">The payload when parsing succeeded.</param>
    /// <param name="error">A one-line reason when it failed.</param>
    /// <returns>True when the body is a well-formed callback.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Body, [NotNullWhen(true)] out ConnectWiseCallbackPayload? payload, [NotNullWhen(false)] out string? error)
    {
        payload = null;
        if (utf8Body.IsEmpty)
        {
            error = "body is empty";
            return false;
        }

        var reader = new Utf8JsonReader(utf8Body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return TryRead(doc.RootElement, out payload, out error);
        }
        catch (JsonException ex)
        {
            error = "body is not valid JSON: " + FirstLine(ex.Message);
            return false;
        }
    }

    /// <summary>Parses a body given as a string.</summary>
    /// <param name="body">The body text.</param>
    /// <param name="payload">The payload when parsing succeeded.</param>
    /// <param name="error">A one-line reason when it failed.</param>
    /// <returns>True when the body is a well-formed callback.</returns>
    public static bool TryParse(string? body, [NotNullWhen(true)] out ConnectWiseCallbackPayload? payload, [NotNullWhen(false)] out string? error) =>
        TryParse(Encoding.UTF8.GetBytes(body ?? ""), out payload, out error);

    /// <summary>Deserializes <see cref="Entity"/> with the ConnectWise JSON settings, e.g. into a ticket.</summary>
    /// <typeparam name="T">Target type, e.g. <see cref="Models.Ticket"/>.</typeparam>
    /// <returns>The record, or default when there is none (deleted).</returns>
    /// <exception cref="JsonException">The entity does not fit <typeparamref name="T"/>.</exception>
    public T? DeserializeEntity<T>() =>
        Entity is null ? default : JsonSerializer.Deserialize<T>(Entity, ConnectWiseJson.Options);

    private static bool TryRead(JsonElement root, out ConnectWiseCallbackPayload? payload, [NotNullWhen(false)] out string? error)
    {
        payload = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"body is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object";
            return false;
        }

        if (!TryGetId(root, out var id, out error))
        {
            return false;
        }

        var action = GetString(root, "Action");
        if (string.IsNullOrWhiteSpace(action))
        {
            error = "Action is missing";
            return false;
        }

        action = action.ToLowerInvariant();
        if (action is not ("added" or "updated" or "deleted"))
        {
            error = $"Action '{Clip(action)}' is not added, updated or deleted";
            return false;
        }

        var type = GetString(root, "Type");
        if (string.IsNullOrWhiteSpace(type))
        {
            error = "Type is missing";
            return false;
        }

        if (!TryGetEntity(root, out var entity, out error))
        {
            return false;
        }

        string? keyUrl = null;
        if (TryGet(root, "Metadata", out var metadata) && metadata.ValueKind != JsonValueKind.Null)
        {
            if (metadata.ValueKind != JsonValueKind.Object)
            {
                error = "Metadata must be an object";
                return false;
            }

            keyUrl = GetString(metadata, "key_url");
        }

        payload = new ConnectWiseCallbackPayload
        {
            MessageId = GetString(root, "MessageId"),
            FromUrl = GetString(root, "FromUrl"),
            CompanyId = GetString(root, "CompanyId"),
            MemberId = GetString(root, "MemberId"),
            Action = action,
            Type = type.ToLowerInvariant(),
            Id = id,
            Entity = entity,
            KeyUrl = keyUrl,
            CallbackObjectRecId = TryGet(root, "CallbackObjectRecId", out var rec) && rec.ValueKind == JsonValueKind.Number && rec.TryGetInt64(out var recId) ? recId : null,
            ProductInstanceId = GetString(root, "ProductInstanceId"),
            PartnerId = GetString(root, "PartnerId"),
        };
        error = null;
        return true;
    }

    private static bool TryGetId(JsonElement root, out long id, [NotNullWhen(false)] out string? error)
    {
        id = 0;
        error = null;
        if (!TryGet(root, "ID", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            error = "ID is missing";
            return false;
        }

        var ok = element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(element.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id),
            _ => false,
        };
        if (!ok || id <= 0)
        {
            error = $"ID is not a positive integer ({Clip(element.GetRawText())})";
            return false;
        }

        return true;
    }

    /// <summary>
    /// ConnectWise sends the record as a JSON string; proxies and integration platforms that re-serialize the body
    /// carry it as an object. An object is kept as its raw JSON text, so <see cref="Entity"/> reads the same either way.
    /// </summary>
    private static bool TryGetEntity(JsonElement root, out string? entity, [NotNullWhen(false)] out string? error)
    {
        entity = null;
        error = null;
        if (!TryGet(root, "Entity", out var element))
        {
            return true;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                entity = element.GetRawText();
                return true;
            case JsonValueKind.String:
                entity = element.GetString()!;
                if (!IsJsonObject(entity))
                {
                    entity = null;
                    error = "Entity is not a JSON object string";
                    return false;
                }

                return true;
            default:
                error = $"Entity must be a JSON object, a JSON string holding one, or null; it is a JSON {element.ValueKind.ToString().ToLowerInvariant()}";
                return false;
        }
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    private static string? GetString(JsonElement element, string name) =>
        TryGet(element, name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}

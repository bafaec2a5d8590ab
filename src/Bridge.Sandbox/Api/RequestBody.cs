using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Api;

/// <summary>Reads request bodies as JSON, reporting problems with ConnectWise's (Json.NET's) wording.</summary>
internal static class RequestBody
{
    public const int MaxBytes = 4 * 1024 * 1024;
    private const string BufferKey = "sandbox.body";

    /// <summary>Buffers the body once so the request log and the endpoint both see it.</summary>
    public static async Task<byte[]> BufferAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(BufferKey, out var cached) && cached is byte[] bytes)
        {
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new SandboxApiException(413, "ConnectWiseApi", "The request body is too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        context.Items[BufferKey] = bytes;
        return bytes;
    }

    public static async Task<JsonNode?> ReadAsync(HttpContext context)
    {
        var bytes = await BufferAsync(context);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw CwErrors.BadRequest($"The request body is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>An object body whose top-level members all exist on <paramref name="schema"/>.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpContext context, ResourceSchema schema)
    {
        var node = await ReadAsync(context);
        if (node is not JsonObject obj)
        {
            throw CwErrors.Invalid(schema.TypeName,
                new SandboxApiError("InvalidObject", $"The request body must be a {schema.TypeName} object.", schema.TypeName));
        }

        CheckMembers(await BufferAsync(context), schema);
        return obj;
    }

    // Json.NET names the position just past the offending property name: "Path 'x', line 1, position 12."
    private static void CheckMembers(byte[] json, ResourceSchema schema)
    {
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var name = reader.GetString()!;
            if (schema.FindTop(name) is not null)
            {
                continue;
            }

            var end = (int)reader.TokenStartIndex + reader.ValueSpan.Length + 2;
            var lineStart = Array.LastIndexOf(json, (byte)'\n', Math.Max(0, (int)reader.TokenStartIndex - 1)) + 1;
            var line = 1 + json.AsSpan(0, lineStart).Count((byte)'\n');
            var position = Encoding.UTF8.GetCharCount(json, lineStart, end - lineStart);
            throw CwErrors.UnknownMember(schema.TypeName, name, $", line {line}, position {position}");
        }
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bridge.Connectors.ConnectWise;

/// <summary>Turns a failed ConnectWise answer into a <see cref="ConnectWiseApiException"/>.</summary>
internal static partial class ConnectWiseErrorMapper
{
    private const int MaxBodyChars = 64 * 1024;

    public static async Task<ConnectWiseApiException> FromResponseAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken = default)
    {
        string? body = null;
        try
        {
            body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // The status still says what happened; a body we cannot read is treated as empty.
        }

        var request = response.RequestMessage;
        var retryAfter = RetryAfterParser.FromHeaders(response.Headers, time.GetUtcNow());
        return Map(
            response.StatusCode,
            request?.Method.Method ?? "?",
            request?.RequestUri,
            body,
            response.Content?.Headers.ContentType?.MediaType,
            retryAfter);
    }

    public static ConnectWiseApiException Map(HttpStatusCode status, string method, Uri? uri, string? body, string? mediaType, TimeSpan? retryAfter, Exception? inner = null)
    {
        var path = uri is null ? "?" : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        string? code = null, serverMessage = null, bodyNote = null;
        var errors = new List<ConnectWiseApiError>();
        var trimmed = body?.Trim() ?? "";

        if (trimmed.Length == 0)
        {
            bodyNote = "with an empty body";
        }
        else if (trimmed[0] == '<' || (mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            var title = TitleRegex().Match(trimmed);
            bodyNote = "with an HTML page, not JSON" + (title.Success ? $" ('{OneLine(title.Groups[1].Value, 80)}')" : "")
                + "; check that BaseUrl names the API host (api-…) and codebase";
        }
        else if (!TryReadJson(trimmed, ref code, ref serverMessage, errors))
        {
            bodyNote = $"with a non-JSON body: {OneLine(trimmed, 200)}";
        }

        retryAfter ??= status == HttpStatusCode.TooManyRequests ? FromMessage(serverMessage) : null;

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"ConnectWise {method} {path} answered {(int)status} {status}");
        if (code is not null || serverMessage is not null)
        {
            text.Append(": ").Append(code is null ? "" : code + ": ").Append(OneLine(serverMessage ?? "", 300));
        }

        if (bodyNote is not null)
        {
            text.Append(' ').Append(bodyNote);
        }

        foreach (var error in errors.Take(5))
        {
            text.Append(" [").Append(error.Code).Append(error.Field is null ? "" : " " + error.Field).Append(": ").Append(OneLine(error.Message ?? "", 120)).Append(']');
        }

        if (retryAfter is { } wait)
        {
            text.Append(CultureInfo.InvariantCulture, $" (retry after {wait.TotalSeconds:0.#} s)");
        }

        return new ConnectWiseApiException(text.ToString(), status, method, path, code, serverMessage, errors, retryAfter, inner);
    }

    /// <summary>A success status whose body was not the JSON expected (an HTML login page, a proxy's text…).</summary>
    public static ConnectWiseApiException NotJson(HttpStatusCode status, string method, Uri? uri, Exception inner)
    {
        var path = uri is null ? "?" : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?')[0];
        var message = $"ConnectWise {method} {path} answered {(int)status} {status} but the body was not the JSON expected "
            + $"(check that BaseUrl names the API host and codebase): {OneLine(inner.Message, 200)}";
        return new ConnectWiseApiException(message, status, method, path, null, null, [], null, inner);
    }

    private static bool TryReadJson(string body, ref string? code, ref string? message, List<ConnectWiseApiError> errors)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                // A bare string or number still tells something; keep it as the message.
                message = root.ValueKind == JsonValueKind.String ? root.GetString() : root.GetRawText();
                return true;
            }

            code = GetString(root, "code") ?? GetString(root, "error");
            message = GetString(root, "message");
            if (root.TryGetProperty("errors", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        errors.Add(new ConnectWiseApiError(GetString(item, "code"), GetString(item, "message"), GetString(item, "resource"), GetString(item, "field")));
                    }
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? GetString(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    _ => property.Value.GetRawText(),
                };
            }
        }

        return null;
    }

    private static TimeSpan? FromMessage(string? message)
    {
        var match = message is null ? Match.Empty : TryAgainRegex().Match(message);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static async Task<string> ReadCappedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return "";
        }

        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxBodyChars];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return new string(buffer, 0, read);
    }

    private static string OneLine(string text, int max)
    {
        var flat = WhitespaceRegex().Replace(text, " ").Trim();
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max), "…");
    }

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"try again in (\d{1,6}) seconds?", RegexOptions.IgnoreCase)]
    private static partial Regex TryAgainRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();
}

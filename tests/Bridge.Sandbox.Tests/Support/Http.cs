using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Bridge.Sandbox.Tests.Support;

internal static class Http
{
    public static async Task<JsonNode?> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync());

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Json(json));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, Json(json));

    /// <summary>Parses an RFC 5988 Link header into rel → URL.</summary>
    public static Dictionary<string, string> Links(this HttpResponseMessage response)
    {
        var result = new Dictionary<string, string>();
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return result;
        }

        foreach (var part in string.Join(",", values).Split(", <", StringSplitOptions.RemoveEmptyEntries))
        {
            var url = part.TrimStart('<').Split('>')[0];
            var rel = part.Split("rel=\"")[1].TrimEnd('"');
            result[rel] = url;
        }

        return result;
    }

    public static HttpClient Anonymous(SandboxServer server) => new() { BaseAddress = server.ApiBaseAddress };

    public static void Authorize(this HttpClient client, SandboxServer server, bool clientId = true)
    {
        client.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(server.AuthorizationHeaderValue);
        if (clientId)
        {
            client.DefaultRequestHeaders.Add("clientId", server.Options.ClientId);
        }
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace Bridge.Integration.Tests.Support;

/// <summary>Posts a callback body to the bridge as ConnectWise would: raw bytes, JSON, signature header.</summary>
public static class CallbackPoster
{
    public static Task<HttpResponseMessage> PostAsync(IngestHost bridge, byte[] body, string? signature, string? path = null) =>
        PostAsync(bridge.Http, body, signature, path ?? bridge.CallbackPath + "1&action=updated");

    /// <summary>Posts to any bridge's client (a worker process's, say) at <paramref name="path"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, byte[] body, string? signature, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-content-signature", signature);
        }

        return await http.SendAsync(request);
    }

    public static async Task<HttpStatusCode> PostAsync(IngestHost bridge, ReceivedCallback callback)
    {
        using var response = await PostAsync(bridge, callback.Body, callback.Signature);
        return response.StatusCode;
    }
}

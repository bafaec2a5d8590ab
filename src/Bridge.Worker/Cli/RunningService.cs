using System.Net.Http.Json;
using System.Text.Json;

namespace Bridge.Worker.Cli;

/// <summary>Asks the running service (at its configured address) for a JSON report; null when none answers.</summary>
internal static class RunningService
{
    public static async Task<T?> GetAsync<T>(string? urls, string path, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : class
    {
        var address = TicketsCommand.LoopbackAddress(urls);
        if (address is null)
        {
            return null;
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return await http.GetFromJsonAsync<T>(path, options, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Worker.Access;

namespace Bridge.Worker.Cli;

/// <summary>Asks the running service (at its configured address) for a JSON report; reads the state file when none answers.</summary>
internal static class RunningService
{
    /// <summary>
    /// Tells "the service answered 404" (<c>Answered</c>, no value) apart from "no service answered": while the
    /// service runs it holds the state file, so a 404 is the answer, not a reason to read the file instead.
    /// </summary>
    public static async Task<(bool Answered, T? Value)> AskAsync<T>(string? urls, string? token, string path, JsonSerializerOptions options, CancellationToken cancellationToken)
        where T : class
    {
        var address = TicketsCommand.LoopbackAddress(urls);
        if (address is null)
        {
            return (false, null);
        }

        using var http = Client(address, token, TimeSpan.FromSeconds(5));
        try
        {
            return (true, await http.GetFromJsonAsync<T>(path, options, cancellationToken));
        }
        catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return (true, null);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new ServiceRefusedException();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (false, null);
        }
    }

    /// <summary>
    /// The running service's answer to <paramref name="path"/>; when no service answers, <paramref name="read"/>
    /// over the state file. <c>Read</c> is false, and the reason written to <paramref name="error"/>, when neither
    /// could be read; a null value is "not found".
    /// </summary>
    public static async Task<(bool Read, T? Value)> GetOrReadAsync<T>(
        WebApplication app, string path, JsonSerializerOptions options, Func<IServiceProvider, T?> read, TextWriter error, CancellationToken cancellationToken)
        where T : class
    {
        var token = app.Services.GetRequiredService<ConsoleToken>();
        bool answered;
        T? value;
        try
        {
            (answered, value) = await AskAsync<T>(app.Configuration["Urls"], token.Read(), path, options, cancellationToken);
        }
        catch (ServiceRefusedException)
        {
            await error.WriteLineAsync(ServiceRefusedException.Explain(token));
            return (false, null);
        }

        if (answered)
        {
            return (true, value);
        }

        try
        {
            return (true, read(app.Services));
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"Neither the service nor the state file could be read: {ex.Message}");
            return (false, null);
        }
    }

    /// <summary>A client for the service on loopback that sends the console token when this account could read it.</summary>
    public static HttpClient Client(Uri address, string? token, TimeSpan timeout)
    {
        var http = new HttpClient { BaseAddress = address, Timeout = timeout };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }
}

/// <summary>The running service answered 401 or 403: this account cannot read the console token (or it is stale).</summary>
internal sealed class ServiceRefusedException : Exception
{
    public static string Explain(ConsoleToken token) =>
        $"The service refused the request: run this as the account the service runs as, or as an administrator, so the console token ({token.FilePath}) can be read.";
}

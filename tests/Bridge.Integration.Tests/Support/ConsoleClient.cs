using System.Net.Http.Headers;
using Bridge.Worker.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Support;

/// <summary>A client that calls a running bridge as the machine's CLI does: with the console token the service wrote at start (an admin).</summary>
internal static class ConsoleClient
{
    public static HttpClient For(WebApplication app) => For(app, new Uri(app.Urls.First()));

    public static HttpClient For(WebApplication app, Uri address)
    {
        var http = new HttpClient { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenOf(app));
        return http;
    }

    public static string TokenOf(WebApplication app) =>
        app.Services.GetRequiredService<ConsoleToken>().Read() ?? throw new InvalidOperationException("The service wrote no console token.");

    /// <summary>The token a bridge running on <paramref name="stateFile"/>'s directory wrote (for a bridge started by the CLI in the test).</summary>
    public static string TokenBeside(string stateFile) =>
        new ConsoleToken(Path.Combine(Path.GetDirectoryName(stateFile)!, ConsoleToken.FileName)).Read()
        ?? throw new InvalidOperationException($"No console token beside {stateFile}.");
}

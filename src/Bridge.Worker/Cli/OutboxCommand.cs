using System.Net.Http.Json;
using Bridge.Worker.Hosting;
using Bridge.Worker.WriteBack;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge outbox</c>: the writes to ConnectWise that are pending, failing, parked (with the reason) or shadowed.
/// Asks the running service (<c>GET /outbox</c>); when none answers, reads the state file.
/// </summary>
internal static class OutboxCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (app, problems) = BridgeCli.BuildAndCheck(command);
        if (app is null)
        {
            await BridgeCli.WriteProblemsAsync(error, problems);
            return 1;
        }

        await using (app)
        {
            var report = await FromServiceAsync(app.Configuration["Urls"], cancellationToken);
            if (report is null)
            {
                try
                {
                    report = OutboxReport.Build(
                        app.Services.GetRequiredService<OutboxStore>(),
                        app.Services.GetRequiredService<IOptions<BridgeModeOptions>>().Value.Mode,
                        OutboxEndpoints.MaxPerState);
                }
                catch (IOException ex)
                {
                    await error.WriteLineAsync($"Neither the service nor the state file could be read: {ex.Message}");
                    return 1;
                }
            }

            await output.WriteAsync(report.Format());
            return 0;
        }
    }

    private static async Task<OutboxReport?> FromServiceAsync(string? urls, CancellationToken cancellationToken)
    {
        var address = TicketsCommand.LoopbackAddress(urls);
        if (address is null)
        {
            return null;
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return await http.GetFromJsonAsync<OutboxReport>(OutboxEndpoints.Path, WriteBackJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

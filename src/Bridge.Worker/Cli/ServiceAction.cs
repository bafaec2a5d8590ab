using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Worker.Access;

namespace Bridge.Worker.Cli;

/// <summary>
/// An admin's action that only the running service may carry out (it owns the next attempt): posted to the service on
/// its loopback address, its answer printed. Exit 0 when it was done, 1 otherwise.
/// </summary>
internal static class ServiceAction
{
    public static Task<int> PostAsync<T>(BridgeCommand command, string path, JsonSerializerOptions json, Func<T, (bool Done, string Message)> read, TextWriter output, TextWriter error, CancellationToken cancellationToken)
        where T : class =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            if (TicketsCommand.LoopbackAddress(app.Configuration["Urls"]) is not { } address)
            {
                await error.WriteLineAsync("The service's address (Urls) is not known, so the service cannot be asked.");
                return 1;
            }

            var token = app.Services.GetRequiredService<ConsoleToken>();
            using var http = RunningService.Client(address, token.Read(), TimeSpan.FromSeconds(30));
            try
            {
                using var response = await http.PostAsync(path, null, cancellationToken);
                if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
                {
                    await error.WriteLineAsync(ServiceRefusedException.Explain(token));
                    return 1;
                }

                var answer = await response.Content.ReadFromJsonAsync<T>(json, cancellationToken);
                var (done, message) = answer is null ? (false, $"The service answered {(int)response.StatusCode}.") : read(answer);
                await (done ? output : error).WriteLineAsync(message);
                return done ? 0 : 1;
            }
            catch (HttpRequestException ex)
            {
                await error.WriteLineAsync($"The service does not answer at {address} ({ex.Message}); start it, then try again.");
                return 1;
            }
        });
}

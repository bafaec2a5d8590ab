using System.CommandLine;
using System.Globalization;
using Bridge.Worker.Escalation.Api;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Routing;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge incidents</c> (open incidents, then the latest closed) and <c>bridge incident 42</c> (one incident
/// with its whole timeline). Asks the running service (<c>GET /incidents</c>); when none answers, reads the state file.
/// Times are the MSP's wall clock (<c>Routing:TimeZone</c>).
/// </summary>
internal static class IncidentsCommand
{
    public const string DetailUsage = "Usage: bridge incident ID  (the incident number, as bridge incidents lists it, e.g. bridge incident 42)";

    public static Task<int> ListAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var (read, incidents) = await RunningService.GetOrReadAsync<IReadOnlyList<IncidentView>>(
                app,
                $"{IncidentEndpoints.Path}?limit={IncidentEndpoints.DefaultLimit}",
                IncidentJson.Options,
                services => IncidentEndpoints.Listing(services.GetRequiredService<IncidentStore>(), IncidentEndpoints.DefaultLimit),
                error,
                cancellationToken);
            if (!read)
            {
                return 1;
            }

            await WriteLinesAsync(output, IncidentText.List(incidents ?? [], Now(app), Zone(app)));
            return 0;
        });

    /// <summary><c>incident ID</c>: the id is a positive whole number, <c>#42</c> as the listing shows it taken too.</summary>
    public static Command CreateDetailCommand(Func<ParseResult, int, CancellationToken, Task<int>> run)
    {
        var id = CliOption.Missing(
            new Argument<int>("ID")
            {
                Description = "the incident number, as bridge incidents lists it",
                CustomParser = result =>
                {
                    if (result.Tokens.Count == 0)
                    {
                        return 0;
                    }

                    var given = result.Tokens[0].Value;
                    if (int.TryParse(given.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                    {
                        return number;
                    }

                    result.AddError($"'{given}' is not an incident id: an incident id is a number. {DetailUsage}");
                    return 0;
                },
            },
            DetailUsage);
        var command = new Command(BridgeCommand.Incident, "One incident: its facts and every timeline line with its instant and kind, oldest first.") { id };
        command.SetAction((parse, cancellationToken) => run(parse, parse.GetValue(id), cancellationToken));
        return command;
    }

    public static Task<int> ShowAsync(BridgeCommand command, int id, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        BridgeCli.WithAppAsync(command, error, async app =>
        {
            var (read, detail) = await RunningService.GetOrReadAsync(
                app,
                string.Create(CultureInfo.InvariantCulture, $"{IncidentEndpoints.Path}/{id}"),
                IncidentJson.Options,
                services => IncidentEndpoints.Detail(id, services.GetRequiredService<IncidentStore>(), services.GetRequiredService<TimelineView>()),
                error,
                cancellationToken);
            if (!read)
            {
                return 1;
            }

            if (detail is null)
            {
                await error.WriteLineAsync($"{IncidentEndpoints.NotFoundText(id)} bridge incidents lists the open ones and the latest closed.");
                return 1;
            }

            await WriteLinesAsync(output, IncidentText.Detail(detail, Now(app), Zone(app)));
            return 0;
        });

    private static async Task WriteLinesAsync(TextWriter output, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static DateTimeOffset Now(WebApplication app) => app.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static NodaTime.DateTimeZone Zone(WebApplication app) =>
        app.Services.GetRequiredService<RoutingPolicyProvider>().Policy.Default.Calendar.Zone;
}

using System.Globalization;
using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Ingest;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge explain --ticket 123 [--at 2026-11-26T02:00:00-05:00]</c> or <c>--file ticket.json</c>:
/// prints the routing decision and every reason, so an admin can try a configuration before a real night.
/// Nothing is recorded and nobody is paged.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var arguments = ExplainArguments.Parse(command.HostArgs);
        if (arguments.Error is not null)
        {
            await error.WriteLineAsync(arguments.Error);
            return 2;
        }

        var (app, problems) = BridgeCli.BuildAndCheck(command);
        if (app is null)
        {
            await BridgeCli.WriteProblemsAsync(error, problems);
            return 1;
        }

        await using (app)
        {
            // Only what explain needs stops it: routing always, ConnectWise when the ticket is fetched.
            var relevant = problems.Where(p => p.StartsWith(RoutingOptions.SectionName + ":", StringComparison.Ordinal)
                || (arguments.TicketId is not null && p.StartsWith(ConnectWiseOptions.SectionName + ":", StringComparison.Ordinal))).ToList();
            if (relevant.Count > 0)
            {
                await BridgeCli.WriteProblemsAsync(error, relevant);
                return 1;
            }

            var policy = app.Services.GetRequiredService<RoutingPolicyProvider>().Policy;
            var at = ParseInstant(arguments.At, policy.Default.Calendar.Zone, app.Services.GetRequiredService<TimeProvider>());
            if (at is null)
            {
                await error.WriteLineAsync($"--at '{arguments.At}' is not an instant; write it as 2026-11-26T02:00:00-05:00 (or without the offset for the MSP's time zone).");
                return 2;
            }

            TicketSnapshot? ticket;
            try
            {
                // The same read as ingest's (configuration items included), so explain and the service never disagree.
                ticket = arguments.File is not null
                    ? RoutingTicketFile.Read(arguments.File)
                    : await app.Services.GetRequiredService<TicketReader>().ReadAsync(arguments.TicketId!.Value, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or JsonException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"Cannot read the ticket file {arguments.File}: {ex.Message}");
                return 1;
            }
            catch (Exception ex) when (ex is ConnectWiseApiException or HttpRequestException)
            {
                await error.WriteLineAsync($"Cannot read ticket {arguments.TicketId} from ConnectWise: {ex.Message}");
                return 1;
            }

            if (ticket is null)
            {
                await error.WriteLineAsync($"Cannot read ticket {arguments.TicketId} from ConnectWise: not found (as a service or a project ticket).");
                return 1;
            }

            await output.WriteAsync(RoutingDecisionFormatter.Format(RoutingDecider.Decide(ticket, policy, at.Value)));
            return 0;
        }
    }

    private static DateTimeOffset? ParseInstant(string? text, DateTimeZone zone, TimeProvider time)
    {
        if (text is null)
        {
            return time.GetUtcNow();
        }

        if (HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        var local = LocalDateTimePattern.GeneralIso.Parse(text);
        if (!local.Success)
        {
            local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm").Parse(text);
        }

        return local.Success ? zone.AtLeniently(local.Value).ToDateTimeOffset() : null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 19 && text[^6] is '+' or '-');
}

using System.Globalization;
using System.Text.Json;
using Bridge.Connectors.ConnectWise;
using Bridge.Worker.Escalation.Engine;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge explain --ticket 123 [--at 2026-11-26T02:00:00-05:00]</c> or <c>--file ticket.json</c>:
/// prints the routing decision and every reason, then what escalation would do at that instant (would an incident
/// open, each step with the people it would page, passed over and gaps), so an admin can try a configuration before a
/// real night; for a ticket, also the decisions recorded for it, each with the configuration it was made under and the
/// client's contract in that configuration. Nothing is recorded and nobody is paged.
/// </summary>
internal static class ExplainCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, ExplainArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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

            var decision = RoutingDecider.Decide(ticket, policy, at.Value) with { Configuration = Version(app.Services) };
            var zone = policy.Default.Calendar.Zone;
            await output.WriteAsync(RoutingDecisionFormatter.Format(decision));
            await WritePreviewAsync(app.Services, problems, decision, ticket, at.Value, zone, output, error);
            if (arguments.TicketId is { } id)
            {
                await WriteRecordedAsync(app.Services, id, zone, output, error);
            }

            return 0;
        }
    }

    /// <summary>The files' version; applied when the service first applied it, if the state file says (otherwise: read now).</summary>
    private static ConfigurationVersion Version(IServiceProvider services)
    {
        var version = services.GetRequiredService<IConfigurationInForce>().Current.Version;
        if (!HasStateFile(services))
        {
            return version;
        }

        try
        {
            return services.GetRequiredService<ConfigurationVersionStore>().Find(version.Hash) is { } kept ? version with { AppliedAt = kept.AppliedAt } : version;
        }
        catch (IOException)
        {
            return version;
        }
    }

    /// <summary>What escalation would do: with the stored overrides and acknowledged incidents when the state file can be read.</summary>
    private static async Task WritePreviewAsync(
        IServiceProvider services, IReadOnlyList<string> problems, RoutingDecision decision, TicketSnapshot ticket, DateTimeOffset at, DateTimeZone zone, TextWriter output, TextWriter error)
    {
        if (problems.Any(p => p.StartsWith(EscalationOptions.SectionName + ":", StringComparison.Ordinal) || p.StartsWith(OnCallOptions.SectionName + ":", StringComparison.Ordinal)))
        {
            await output.WriteLineAsync("Incident:   not previewed: the Escalation or OnCall section has problems (bridge validate lists them)");
            return;
        }

        var resolver = services.GetRequiredService<OnCallResolver>();
        IReadOnlyList<Incident> acknowledged = [];
        if (!HasStateFile(services))
        {
            resolver = new OnCallResolver(resolver.Model, store: null);
        }
        else
        {
            try
            {
                _ = resolver.Schedules.Select(resolver.Overrides).ToList();
                var incidents = services.GetRequiredService<IncidentStore>();
                acknowledged = incidents.Acknowledged();
                foreach (var open in incidents.OpenForTicket(ticket.Id))
                {
                    // The preview is of a first sight of the ticket; with an incident open, a change is decided against that one.
                    await output.WriteLineAsync($"Open:       incident {open.Id} ({open.Policy}, {open.State}) is already open for this ticket: the engine keeps or moves it rather than open another");
                }
            }
            catch (IOException ex)
            {
                // The running service holds the state file: run-time overrides and who is busy are unknown here.
                await error.WriteLineAsync($"Note: overrides added at run time and incidents acknowledged are not counted ({ex.Message}).");
                resolver = new OnCallResolver(resolver.Model, store: null);
            }
        }

        var preview = LadderPreview.Build(decision, ticket, services.GetRequiredService<IOptionsMonitor<EscalationOptions>>().CurrentValue, resolver, acknowledged, at, zone);
        await output.WriteAsync(LadderPreviewFormatter.Format(preview, zone));
    }

    /// <summary>The decisions recorded for the ticket, each with its configuration; the state file may be held by the running service.</summary>
    private static async Task WriteRecordedAsync(IServiceProvider services, int ticketId, DateTimeZone zone, TextWriter output, TextWriter error)
    {
        if (!HasStateFile(services))
        {
            await output.WriteLineAsync("Recorded:   no state file yet, so no decision recorded");
            return;
        }

        try
        {
            var versions = services.GetRequiredService<ConfigurationVersionStore>();
            var recorded = services.GetRequiredService<RoutingDecisionRepository>().ForTicket(ticketId);
            await output.WriteAsync(RecordedDecisionFormatter.Format(recorded, versions.Find, zone));
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"Note: the decisions recorded for ticket #{ticketId} are not shown ({ex.Message}).");
        }
    }

    /// <summary>Explain reads the state file but never creates one: without it there is nothing stored to read.</summary>
    private static bool HasStateFile(IServiceProvider services) =>
        services.GetRequiredService<BridgeDatabase>() is var database && (!database.IsFile || File.Exists(database.FilePath));

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

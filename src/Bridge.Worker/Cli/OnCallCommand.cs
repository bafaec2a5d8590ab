using Bridge.Worker.Kernel;
using System.Globalization;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge oncall</c>: who is on call, the next shifts, gaps and hours per person, in each
/// schedule's own time zone; <c>bridge oncall override …</c> stores an override. Exit 1 when
/// <c>--gaps</c> finds one.
/// </summary>
internal static class OnCallCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, OnCallArguments args, TextWriter output, TextWriter error)
    {
        var (app, problems) = BridgeCli.BuildAndCheck(command);
        var relevant = problems.Where(p => p.StartsWith(OnCallOptions.SectionName + ":", StringComparison.Ordinal)
            || p.StartsWith(Storage.StorageOptions.SectionName + ":", StringComparison.Ordinal) || app is null).ToList();
        if (app is null || relevant.Count > 0)
        {
            await BridgeCli.WriteProblemsAsync(error, relevant);
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            return 1;
        }

        await using (app)
        {
            var resolver = app.Services.GetRequiredService<OnCallResolver>();
            if (resolver.Schedules.Count == 0)
            {
                await output.WriteLineAsync($"No on-call schedules configured (section {OnCallOptions.SectionName} in bridge.json).");
                return args.IsOverride ? 1 : 0;
            }

            if (args.Schedule is not null && !resolver.HasSchedule(args.Schedule))
            {
                await error.WriteLineAsync($"No on-call schedule named '{args.Schedule}'. Schedules: {string.Join(", ", resolver.Schedules)}.");
                return 1;
            }

            var stored = await StoredOverridesReadable(resolver, error, args.IsOverride);
            if (args.IsOverride)
            {
                return stored ? await AddOverrideAsync(app.Services.GetRequiredService<OnCallOverrides>(), resolver, app.Services.GetRequiredService<IAuditTrail>(), args, output, error) : 1;
            }

            var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            var view = stored ? resolver : new OnCallResolver(resolver.Model, store: null);
            var gapsFound = false;
            foreach (var schedule in args.Schedule is null ? resolver.Schedules : [args.Schedule])
            {
                var zone = view.ZoneOf(schedule);
                var at = now;
                if (args.At is not null && !InstantText.TryParse(args.At, zone, out at))
                {
                    await error.WriteLineAsync($"--at '{args.At}' must be a time like 2025-03-10 08:00 ({zone.Id}) or 2025-03-10T08:00-04:00.");
                    return 2;
                }

                gapsFound |= await OnCallReport.WriteAsync(output, view, schedule, at, args);
            }

            return args.Gaps && gapsFound ? 1 : 0;
        }
    }

    /// <summary>The running service holds the state file; views then show config overrides only, and say so.</summary>
    private static async Task<bool> StoredOverridesReadable(OnCallResolver resolver, TextWriter error, bool mustWrite)
    {
        try
        {
            _ = resolver.Overrides(resolver.Schedules.First());
            return true;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync(mustWrite
                ? $"Cannot store the override: {ex.Message} Add it through the running bridge instead: POST /oncall/{{schedule}}/overrides."
                : $"Note: overrides added at run time are not shown ({ex.Message}); GET /oncall/{{schedule}} on the running bridge shows them.");
            return false;
        }
    }

    private static async Task<int> AddOverrideAsync(OnCallOverrides overrides, OnCallResolver resolver, IAuditTrail audit, OnCallArguments args, TextWriter output, TextWriter error)
    {
        var (added, problems) = overrides.Add(args.Schedule!, new OverrideRequest(args.Person, args.For, args.From, args.To, args.Note));
        if (added is null)
        {
            await BridgeCli.WriteProblemsAsync(error, problems.Select(p => "override: " + p).ToList());
            return 1;
        }

        // Made on the machine with the service stopped: the console, and the operating system's user who ran it.
        audit.Record(new AuditEvent("console", "override.added", $"schedule {added.Schedule}", $"{OnCallEndpoints.OverrideText(added)} (by {Environment.UserName} on the machine)", "cli"));
        var zone = resolver.ZoneOf(added.Schedule);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Override {added.Id} stored: {(added.IsNobody ? "nobody" : added.Person)} covers {added.For ?? "whoever is on call"} in {added.Schedule} from {InstantText.Format(added.From, zone)} to {InstantText.Format(added.To, zone)}."));
        return 0;
    }
}

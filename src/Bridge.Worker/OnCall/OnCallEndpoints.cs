using System.Globalization;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

internal static class OnCallEndpoints
{
    /// <summary>
    /// <c>GET /oncall</c> and <c>GET /oncall/{schedule}?at=&amp;next=</c>: who is on call;
    /// <c>GET /oncall/{schedule}.ics</c> and <c>GET /oncall/people/{member}.ics</c>: calendar feeds;
    /// <c>GET|POST /oncall/{schedule}/overrides</c>: overrides (POST takes JSON person, for, from, to, note).
    /// Each answer comes from one on-call model (<see cref="OnCallResolver.Snapshot"/>), even when a reload lands mid-request.
    /// </summary>
    public static IEndpointRouteBuilder MapOnCallEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/oncall");
        group.MapGet("/", Overview).ForRole(AccessRole.Viewer);
        group.MapGet("/{schedule}", Now).ForRole(AccessRole.Viewer);
        group.MapGet("/{schedule}.ics", ScheduleFeed).ForRole(AccessRole.Viewer);
        group.MapGet("/people/{member}.ics", PersonFeed).ForRole(AccessRole.Viewer);
        group.MapGet("/{schedule}/overrides", ListOverrides).ForRole(AccessRole.Viewer);
        group.MapPost("/{schedule}/overrides", AddOverride).ForRole(AccessRole.Dispatcher);
        return endpoints;
    }

    private static Ok<List<OnCallAnswerView>> Overview(OnCallResolver live, TimeProvider time)
    {
        var resolver = live.Snapshot();
        var now = time.GetUtcNow();
        return TypedResults.Ok(resolver.Schedules.Select(s => OnCallAnswerView.From(resolver.WhoIsOnCall(s, now), resolver, 3)).ToList());
    }

    private static Results<Ok<OnCallAnswerView>, NotFound<string>, BadRequest<string>> Now(
        string schedule, string? at, int? next, OnCallResolver live, TimeProvider time)
    {
        var resolver = live.Snapshot();
        if (!resolver.HasSchedule(schedule))
        {
            return TypedResults.NotFound(UnknownSchedule(schedule, resolver));
        }

        var instant = time.GetUtcNow();
        if (at is not null && !InstantText.TryParse(at, resolver.ZoneOf(schedule), out instant))
        {
            return TypedResults.BadRequest($"at '{at}' must be a time like 2025-03-10 08:00 or 2025-03-10T08:00-04:00.");
        }

        return TypedResults.Ok(OnCallAnswerView.From(resolver.WhoIsOnCall(schedule, instant), resolver, Math.Clamp(next ?? 5, 0, 100)));
    }

    private static Results<ContentHttpResult, NotFound<string>> ScheduleFeed(
        string schedule, OnCallResolver live, IOptionsMonitor<OnCallOptions> options, TimeProvider time)
    {
        var resolver = live.Snapshot();
        return OnCallFeeds.ForSchedule(schedule, resolver, options.CurrentValue, time.GetUtcNow()) is { } calendar
            ? TypedResults.Text(calendar, OnCallCalendar.ContentType)
            : TypedResults.NotFound(UnknownSchedule(schedule, resolver));
    }

    private static Results<ContentHttpResult, NotFound<string>> PersonFeed(
        string member, OnCallResolver live, IOptionsMonitor<OnCallOptions> options, TimeProvider time) =>
        OnCallFeeds.ForPerson(member, live.Snapshot(), options.CurrentValue, time.GetUtcNow()) is { } calendar
            ? TypedResults.Text(calendar, OnCallCalendar.ContentType)
            : TypedResults.NotFound($"No person with member identifier '{member}' in {OnCallOptions.SectionName}:People.");

    private static Results<Ok<IReadOnlyList<OnCallOverride>>, NotFound<string>> ListOverrides(string schedule, OnCallResolver live)
    {
        var resolver = live.Snapshot();
        return resolver.HasSchedule(schedule)
            ? TypedResults.Ok(resolver.Overrides(schedule))
            : TypedResults.NotFound(UnknownSchedule(schedule, resolver));
    }

    private static Results<Created<OnCallOverride>, NotFound<string>, ValidationProblem> AddOverride(
        string schedule, OverrideRequest request, OnCallResolver resolver, OnCallOverrides overrides, HttpContext context, [FromServices] IAuditTrail audit, ILogger<OnCallOverrides> logger)
    {
        if (!resolver.HasSchedule(schedule))
        {
            return TypedResults.NotFound(UnknownSchedule(schedule, resolver));
        }

        var (added, problems) = overrides.Add(schedule, request);
        if (added is null)
        {
            OnCallLog.OverrideRefused(logger, schedule, string.Join(" ", problems));
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["override"] = [.. problems] });
        }

        audit.Record(new AuditEvent(AccessClaims.ActorOf(context), "override.added", $"schedule {added.Schedule}", OverrideText(added), AccessClaims.ViaOf(context)));
        return TypedResults.Created($"/oncall/{added.Schedule}/overrides", added);
    }

    /// <summary>The override in the audit trail's words: who covers whom, from when to when (UTC), its id and note.</summary>
    internal static string OverrideText(OnCallOverride added) => string.Create(CultureInfo.InvariantCulture,
        $"{added.Id}: {(added.IsNobody ? OnCallOverride.Nobody : added.Person)} covers {added.For ?? "whoever is on call"} from {added.From.UtcDateTime:yyyy-MM-dd HH:mm}Z to {added.To.UtcDateTime:yyyy-MM-dd HH:mm}Z{(added.Note is { } note ? " (" + note + ")" : "")}");

    private static string UnknownSchedule(string schedule, OnCallResolver resolver) =>
        $"No on-call schedule named '{schedule}'. Schedules: {string.Join(", ", resolver.Schedules)}.";
}

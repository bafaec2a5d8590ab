using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.OnCall;

/// <summary>
/// Calendar feeds behind secret URLs. <c>GET /oncall/feeds/{secret}.ics</c>: the schedule's or person's calendar (the
/// secret is the proof; an unknown or rotated one gets the same 404). <c>GET /oncall/feeds</c>: every schedule's and
/// person's feed URL, made on first listing. <c>POST /oncall/feeds/{kind}/{name}/rotate</c> (kind schedule or person):
/// a new URL, the old one stops answering. Both admin only.
/// </summary>
internal static class OnCallFeedEndpoints
{
    private const string NoSuchFeed = "No such calendar feed. Ask an admin for the current feed URL.";

    public static IEndpointRouteBuilder MapOnCallFeedEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("/oncall/feeds");
        feeds.MapGet("/{secret}.ics", Feed).Public("feed secret in the URL");
        feeds.MapGet("/", List).ForRole(AccessRole.Admin);
        feeds.MapPost("/{kind}/{name}/rotate", Rotate).ForRole(AccessRole.Admin).DisableAntiforgery();
        return endpoints;
    }

    private static Results<ContentHttpResult, NotFound<string>> Feed(
        string secret, HttpContext context, FeedSecrets secrets, OnCallResolver live, IOptionsMonitor<OnCallOptions> options, TimeProvider time)
    {
        // The address is the secret: keep it out of caches and of the Referer of anything the calendar links to.
        context.Response.Headers.CacheControl = "private, no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return secrets.Find(secret) is { } record
            && OnCallFeeds.For(record.Kind, record.Name, live.Snapshot(), options.CurrentValue, time.GetUtcNow()) is { } calendar
            ? TypedResults.Text(calendar, OnCallCalendar.ContentType)
            : TypedResults.NotFound(NoSuchFeed);
    }

    private static Ok<List<FeedUrl>> List(
        HttpContext context, FeedSecrets secrets, OnCallResolver live, IConfiguration configuration, [FromServices] IAuditTrail audit)
    {
        var resolver = live.Snapshot();
        var actor = AccessClaims.ActorOf(context);
        var wanted = resolver.Schedules.Order(StringComparer.OrdinalIgnoreCase).Select(s => (FeedKind.Schedule, s))
            .Concat(resolver.Model.People.Values.Select(p => p.Member).Order(StringComparer.OrdinalIgnoreCase).Select(m => (FeedKind.Person, m)));
        var urls = new List<FeedUrl>();
        foreach (var (kind, name) in wanted)
        {
            var (record, created) = secrets.Ensure(kind, name, actor);
            if (created)
            {
                audit.Record(new AuditEvent(actor, "feed.created", Subject(kind, name), Via: AccessClaims.ViaOf(context)));
            }

            urls.Add(FeedUrl.From(record, configuration, context.Request));
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(urls);
    }

    private static Results<Ok<FeedUrl>, NotFound<string>> Rotate(
        string kind, string name, HttpContext context, FeedSecrets secrets, OnCallResolver live, IConfiguration configuration, [FromServices] IAuditTrail audit)
    {
        if (!FeedKinds.TryParse(kind, out var feedKind))
        {
            return TypedResults.NotFound($"Feed kind '{kind}' is not schedule or person.");
        }

        var resolver = live.Snapshot();
        var canonical = feedKind == FeedKind.Schedule
            ? resolver.Schedules.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase))
            : resolver.FindPerson(name)?.Member;
        if (canonical is null)
        {
            return TypedResults.NotFound(feedKind == FeedKind.Schedule
                ? $"No on-call schedule named '{name}'. Schedules: {string.Join(", ", resolver.Schedules)}."
                : $"No person with member identifier '{name}' in {OnCallOptions.SectionName}:People.");
        }

        var actor = AccessClaims.ActorOf(context);
        var record = secrets.Rotate(feedKind, canonical, actor);
        audit.Record(new AuditEvent(actor, "feed.rotated", Subject(feedKind, canonical), "the URL handed out before no longer answers", AccessClaims.ViaOf(context)));
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(FeedUrl.From(record, configuration, context.Request));
    }

    private static string Subject(FeedKind kind, string name) => $"{FeedKinds.Name(kind)} {name}";
}

using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// <c>/reviews/{incident}/{token}</c>: the review form of the link sent to whoever handled the incident (GET shows,
/// POST stores; the token is the proof and is never made anew, so the link expires when it was sent to). And
/// <c>/reviews/{incident}</c> for a signed-in person: a technician their own incidents, a dispatcher and above any;
/// its POST carries the page's antiforgery token (checked for every cookie-signed change).
/// </summary>
internal static class ReviewEndpoints
{
    public static ContentHttpResult ShowByLink(int incidentId, string token, ReviewTokens tokens, ReviewDesk desk, TimeProvider time)
    {
        var check = tokens.Check(token, incidentId, time.GetUtcNow());
        if (Refuse(incidentId, check, desk, null) is { } refused)
        {
            return refused;
        }

        if (desk.Find(incidentId) is not { } review)
        {
            return NoReview(incidentId);
        }

        var values = review.Latest() is { } latest ? ReviewFormValues.Of(latest.Answers()) : ReviewFormValues.Empty;
        return Page(StatusCodes.Status200OK, ReviewPage.Form(new ReviewPageModel(review, LinkPath(incidentId, token), values, [], null, null, desk.ZoneOf(check.Claim!.Member))));
    }

    public static async Task<ContentHttpResult> SubmitByLinkAsync(int incidentId, string token, HttpRequest request, ReviewTokens tokens, ReviewDesk desk, TimeProvider time, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(request, cancellationToken);
        var check = tokens.Check(token, incidentId, time.GetUtcNow());
        if (Refuse(incidentId, check, desk, form.Typed) is { } refused)
        {
            return refused;
        }

        if (desk.Find(incidentId) is not { } review)
        {
            return NoReview(incidentId);
        }

        var member = check.Claim!.Member;
        return Answer(desk, review, form, LinkPath(incidentId, token), null, member, member, TimelineChannels.Link, desk.ZoneOf(member));
    }

    public static ContentHttpResult ShowSignedIn(int incidentId, HttpContext context, ReviewDesk desk, IAntiforgery antiforgery)
    {
        if (Open(incidentId, context, desk) is not { } review)
        {
            return Refusal(incidentId, context, desk);
        }

        var values = review.Latest() is { } latest ? ReviewFormValues.Of(latest.Answers()) : ReviewFormValues.Empty;
        return Page(StatusCodes.Status200OK, ReviewPage.Form(new ReviewPageModel(review, SignedInPath(incidentId), values, [], null, Antiforgery(context, antiforgery), desk.ZoneOf(MemberOf(context)))));
    }

    public static async Task<ContentHttpResult> SubmitSignedInAsync(int incidentId, HttpContext context, ReviewDesk desk, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var form = await ReadAsync(context.Request, cancellationToken);
        if (Open(incidentId, context, desk) is not { } review)
        {
            return Refusal(incidentId, context, desk, form.Typed);
        }

        var by = MemberOf(context) ?? AccessClaims.ActorOf(context);
        return Answer(desk, review, form, SignedInPath(incidentId), Antiforgery(context, antiforgery), by, AccessClaims.ActorOf(context), AccessClaims.ViaOf(context), desk.ZoneOf(MemberOf(context)));
    }

    private static ContentHttpResult Answer(ReviewDesk desk, IncidentReview review, ReviewFormResult form, string action, (string, string)? antiforgery, string by, string actor, string via, NodaTime.DateTimeZone zone)
    {
        if (form.Answers is null)
        {
            desk.FormRefused(review.Id, form.Errors.Count);
            return Page(StatusCodes.Status400BadRequest, ReviewPage.Form(new ReviewPageModel(review, action, form.Typed, form.Errors, null, antiforgery, zone)));
        }

        var (stored, updated) = desk.Submit(review, form.Answers, by, actor, via);
        var message = updated
            ? $"Thank you: your answers for incident {stored.Id} are updated (they replace the earlier ones)."
            : $"Thank you: your review of incident {stored.Id} is stored.";
        return Page(StatusCodes.Status200OK, ReviewPage.Form(new ReviewPageModel(stored, action, ReviewFormValues.Of(form.Answers), [], message, antiforgery, zone)));
    }

    private static async Task<ReviewFormResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        return ReviewForm.Parse(name => form?[name].ToString());
    }

    private static IncidentReview? Open(int incidentId, HttpContext context, ReviewDesk desk) =>
        desk.Find(incidentId) is { } review && ReviewDesk.MayOpen(review, AccessRoles.Of(context.User), MemberOf(context)) ? review : null;

    private static ContentHttpResult Refusal(int incidentId, HttpContext context, ReviewDesk desk, ReviewFormValues? typed = null)
    {
        if (desk.Find(incidentId) is null)
        {
            return NoReview(incidentId, typed);
        }

        desk.Refused(incidentId, "not this person's incident");
        return Page(StatusCodes.Status403Forbidden, ReviewPage.Refused(
            "Not one of your incidents",
            $"{AccessClaims.ActorOf(context)} did not handle incident {incidentId}: a technician answers the reviews of their own incidents, a dispatcher any. Nothing was stored.",
            typed));
    }

    private static ContentHttpResult? Refuse(int incidentId, ReviewTokenCheck check, ReviewDesk desk, ReviewFormValues? typed)
    {
        if (check.Status == AckTokenStatus.Valid)
        {
            return null;
        }

        desk.Refused(incidentId, check.Status.ToString());
        var signedIn = $"Signed in, you can still answer at {SignedInPath(incidentId)}.";
        return check.Status switch
        {
            AckTokenStatus.Expired => Page(StatusCodes.Status410Gone, ReviewPage.Refused(
                "This review link has expired",
                $"Review links work for a limited time; this one stopped working at {Escalation.Engine.LocalClock.Full(check.Claim!.ExpiresAt, desk.ZoneOf(check.Claim.Member))}. Nothing was stored. {signedIn}",
                typed)),
            AckTokenStatus.OtherIncident => Page(StatusCodes.Status403Forbidden, ReviewPage.Refused(
                "This review link is for another incident",
                $"Nothing was stored. Use the link sent about incident {incidentId}. {signedIn}",
                typed)),
            _ => Page(StatusCodes.Status403Forbidden, ReviewPage.Refused(
                "This review link is not valid",
                $"The link is incomplete or has been altered, so nothing was stored. Open it again from the message you received; copy the whole address. {signedIn}",
                typed)),
        };
    }

    private static ContentHttpResult NoReview(int incidentId, ReviewFormValues? typed = null) =>
        Page(StatusCodes.Status404NotFound, ReviewPage.Refused("No review for this incident", $"Incident {incidentId} is not a resolved incident of this bridge, so it has no review. Nothing was stored.", typed));

    private static (string, string) Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return (tokens.FormFieldName, tokens.RequestToken ?? "");
    }

    private static string? MemberOf(HttpContext context) => context.User.FindFirst(AccessClaims.Member)?.Value;

    private static string LinkPath(int incidentId, string token) => $"{ReviewLinks.Prefix}/{incidentId}/{token}";

    private static string SignedInPath(int incidentId) => $"{ReviewLinks.Prefix}/{incidentId}";

    private static ContentHttpResult Page(int status, string html) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
}

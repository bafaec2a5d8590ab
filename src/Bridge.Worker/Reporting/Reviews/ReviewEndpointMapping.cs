using Bridge.Worker.Kernel;
using Bridge.Worker.Reporting.Reviews;

namespace Bridge.Worker.Reporting;

/// <summary>Where the post-incident review form is served (in this namespace so the host maps it with one line).</summary>
internal static class ReviewEndpointMapping
{
    /// <summary><c>/reviews/{incident}/{token}</c> (the signed link) and <c>/reviews/{incident}</c> (signed in).</summary>
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The bridge's own middleware checks the antiforgery token of every cookie-signed change; the link's token is its own proof.
        var reviews = endpoints.MapGroup(ReviewLinks.Prefix).DisableAntiforgery();
        reviews.MapGet("/{incidentId:int}/{token}", ReviewEndpoints.ShowByLink).Public("a signed review link for one incident and person, expiring when it was sent to", page: true);
        reviews.MapPost("/{incidentId:int}/{token}", ReviewEndpoints.SubmitByLinkAsync).Public("a signed review link for one incident and person, expiring when it was sent to", page: true);
        reviews.MapGet("/{incidentId:int}", ReviewEndpoints.ShowSignedIn).ForRole(AccessRole.Technician, page: true);
        reviews.MapPost("/{incidentId:int}", ReviewEndpoints.SubmitSignedInAsync).ForRole(AccessRole.Technician, page: true);
        return endpoints;
    }
}

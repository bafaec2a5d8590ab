using Bridge.Worker.Escalation.Acknowledgement;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Makes review links: <c>{PublicUrl}/reviews/{incident}/{token}</c>, for one person, expiring when the claim says.</summary>
internal sealed class ReviewLinks(ReviewTokens tokens, AckLinks ack)
{
    public const string Prefix = "/reviews";

    public Uri For(ReviewClaim claim) => new(ack.BaseUrl(), Path(claim).TrimStart('/'));

    /// <summary>The link's path, as the page's form posts to it.</summary>
    public string Path(ReviewClaim claim) => $"{Prefix}/{claim.IncidentId}/{tokens.Create(claim)}";
}

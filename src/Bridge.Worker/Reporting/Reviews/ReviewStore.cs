using Bridge.Worker.Storage;

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The post-incident reviews (collection <c>incident_reviews</c>, one document per incident, LiteDB or PostgreSQL alike).</summary>
internal sealed class ReviewStore(BridgeDatabase database) : IStorageSetup
{
    private const string CollectionName = "incident_reviews";

    private IDocuments<IncidentReview> Collection => database.Collection<IncidentReview>(CollectionName);

    public void Prepare()
    {
        Collection.EnsureIndex(r => r.TicketId);
        Collection.EnsureIndex(r => r.ResolvedAt);
    }

    public IncidentReview? Get(int incidentId) => Collection.FindById(incidentId);

    /// <summary>Stores <paramref name="review"/> unless the incident has one; returns the one stored (durable before it returns).</summary>
    public IncidentReview AddIfAbsent(IncidentReview review) => database.Write(() =>
    {
        if (Collection.FindById(review.Id) is { } existing)
        {
            return existing;
        }

        Collection.Insert(review);
        return review;
    });

    /// <summary>Adds a submission to the incident's review, or stores <paramref name="fresh"/> with it when there is none yet.</summary>
    public IncidentReview Submit(IncidentReview fresh, ReviewSubmission submission) => database.Write(() =>
    {
        var review = Collection.FindById(fresh.Id) ?? fresh;
        review.Submissions.Add(submission);
        Collection.Upsert(review);
        return review;
    });

    public IReadOnlyList<IncidentReview> ForTicket(int ticketId) => Collection.Find(r => r.TicketId == ticketId).ToList();

    /// <summary>The reviews of incidents resolved before <paramref name="before"/>, oldest first.</summary>
    public IReadOnlyList<IncidentReview> ResolvedBefore(DateTimeOffset before) =>
        Collection.Query().Where(r => r.ResolvedAt < before).OrderBy(r => r.ResolvedAt).ToList();
}

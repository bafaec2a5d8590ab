using Bridge.Worker.Storage;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>The reviews (collection <c>time_entry_reviews</c>, one per entry) and the read watermark.</summary>
internal sealed class TimeEntryReviewStore(BridgeDatabase database) : IStorageSetup
{
    public void Prepare()
    {
        database.Collection<TimeEntryReview>(Reviews).EnsureIndex(r => r.TicketId);
        database.Collection<WatermarkDocument>(Watermarks).EnsureIndex(w => w.LastUpdated);
    }

    private const string Reviews = "time_entry_reviews";
    private const string Watermarks = "time_entry_watermark";

    public DateTimeOffset? Watermark() => database.Collection<WatermarkDocument>(Watermarks).FindById(1)?.LastUpdated;

    /// <summary>Saves the reviews and the new watermark in one write.</summary>
    public void Save(IReadOnlyList<TimeEntryReview> reviews, DateTimeOffset? watermark) => database.Write(() =>
    {
        var collection = database.Collection<TimeEntryReview>(Reviews);
        collection.EnsureIndex(r => r.TicketId);
        foreach (var review in reviews)
        {
            collection.Upsert(review);
        }

        if (watermark is { } at)
        {
            database.Collection<WatermarkDocument>(Watermarks).Upsert(new WatermarkDocument { Id = 1, LastUpdated = at });
        }
    });

    public TimeEntryReview? Get(int id) => database.Collection<TimeEntryReview>(Reviews).FindById(id);

    /// <summary>The latest reviews, newest entries first.</summary>
    public IReadOnlyList<TimeEntryReview> Recent(int count) =>
        database.Collection<TimeEntryReview>(Reviews).Query().OrderByDescending(r => r.Id).Limit(count).ToList();

    /// <summary>The reviews of entries that started in [<paramref name="from"/>, <paramref name="to"/>), by entry id (the after-hours ledger).</summary>
    public IReadOnlyList<TimeEntryReview> StartedBetween(DateTimeOffset from, DateTimeOffset to) =>
        database.Collection<TimeEntryReview>(Reviews).Query().Where(r => r.Start != null && r.Start >= from && r.Start < to).OrderBy(r => r.Id).ToList();

    private sealed class WatermarkDocument
    {
        public int Id { get; set; }

        public DateTimeOffset LastUpdated { get; set; }
    }
}

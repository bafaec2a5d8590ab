using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Reads the time entries technicians make on tickets (changed since the last read, with a minute's overlap, by
/// ConnectWise's own <c>lastUpdated</c>; the first read only those of <c>WriteBack:TimeEntries:FirstRunWindow</c>),
/// classifies each and, when <c>WriteBack:TimeEntries:Correct</c> is on, hands the work type its class calls for to
/// the outbox (<see cref="OutboxKind.TimeEntryWorkType"/>), in the write that stores the reviews: the reviewer itself
/// writes nothing to ConnectWise. The bridge's own entries (with a <c>[bridge:…]</c> marker) are already right and
/// are passed over. In shadow mode the outbox records what it would set, and the entry stays a mismatch.
/// </summary>
internal sealed class TimeEntryReviewer(
    IConnectWiseApi api,
    ConnectWisePager pager,
    BridgeDatabase database,
    TimeEntryReviewStore store,
    OutboxStore outbox,
    OutboxWorker outboxWorker,
    TicketStateStore tickets,
    RoutingPolicyProvider routing,
    IOptionsMonitor<WriteBackOptions> options,
    IOptionsMonitor<BridgeModeOptions> mode,
    TimeProvider time,
    ILogger<TimeEntryReviewer> logger) : BackgroundService
{
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(1);

    /// <summary>One read: returns the entries reviewed.</summary>
    public async Task<IReadOnlyList<TimeEntryReview>> ReviewOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var since = store.Watermark();
        var now = time.GetUtcNow();
        var service = Conditions.Field("chargeToType").Equal("ServiceTicket");
        // Later reads go by ConnectWise's own stamps; the first has none yet, so it looks back from the bridge's clock.
        var from = since is { } w ? w - Overlap : now - settings.TimeEntries.FirstRunWindow;
        var condition = Conditions.And(service, Conditions.Field("lastUpdated").GreaterThan(from));
        var reviews = new List<TimeEntryReview>();
        var corrections = new List<OutboxRecord>();
        var watermark = since;
        await foreach (var entry in pager.EnumerateAsync<TimeEntry>(
            (size, ct) => api.GetTimeEntriesAsync(condition.ToString(), orderBy: "_info/lastUpdated asc, id asc", pageSize: size, cancellationToken: ct), cancellationToken))
        {
            if (entry.Info?.LastUpdated is { } updated && (watermark is null || updated > watermark))
            {
                watermark = updated;
            }

            if (entry.Id is null || OutboxMarker.Any(entry.InternalNotes))
            {
                continue;
            }

            var review = TimeEntryClassifier.Classify(entry, entry.ChargeToId is { } ticketId ? tickets.Get(ticketId) : null, routing.Policy, settings.Billing, now);
            if (review.Verdict == TimeEntryVerdict.Mismatch && settings.TimeEntries.Correct)
            {
                var correction = TimeEntryCorrection.Record(review, entry.Info?.LastUpdated, now);
                corrections.Add(correction);
                if (mode.CurrentValue.Mode == BridgeMode.Live)
                {
                    review.Verdict = TimeEntryVerdict.Corrected;
                    review.Reason = $"work type {review.WorkType ?? "(none)"} set to {review.ExpectedWorkType} through the outbox ({correction.Key}): {review.Reason}";
                }
            }

            if (review.Verdict is TimeEntryVerdict.Mismatch or TimeEntryVerdict.Corrected)
            {
                WriteBackLog.TimeEntryClassified(logger, review.Id, review.TicketId, review.Member ?? "?", review.Billing ?? "?", review.WorkType ?? "(none)", review.ExpectedWorkType ?? "(none)", review.Verdict.ToString());
            }

            reviews.Add(review);
        }

        var planned = database.Write(() =>
        {
            store.Save(reviews, watermark);
            return outbox.InsertNew(corrections).Count;
        });
        if (planned > 0)
        {
            outboxWorker.Notify();
        }

        return reviews;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (options.CurrentValue.TimeEntries.Review)
            {
                try
                {
                    await ReviewOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    WriteBackLog.TimeEntryReviewFailed(logger, ex);
                }
            }

            try
            {
                await Task.Delay(options.CurrentValue.TimeEntries.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

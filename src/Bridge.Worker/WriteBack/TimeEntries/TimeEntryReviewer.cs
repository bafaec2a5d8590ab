using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Ingest;
using Bridge.Worker.Kernel;
using Bridge.Worker.Routing;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.WriteBack.TimeEntries;

/// <summary>
/// Reads the time entries technicians make on tickets (changed since the last read, with a minute's overlap, by
/// ConnectWise's own <c>lastUpdated</c>), classifies each and, when <c>WriteBack:TimeEntries:Correct</c> is on,
/// sets the work type its class calls for (a PATCH, so a repeat changes nothing). The bridge's own entries (with a
/// <c>[bridge:…]</c> marker) are already right and are passed over. In shadow mode nothing is corrected.
/// </summary>
internal sealed class TimeEntryReviewer(
    IConnectWiseApi api,
    ConnectWisePager pager,
    TimeEntryReviewStore store,
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
        var service = Conditions.Field("chargeToType").Equal("ServiceTicket");
        var condition = since is { } w ? Conditions.And(service, Conditions.Field("lastUpdated").GreaterThan(w - Overlap)) : service;
        var reviews = new List<TimeEntryReview>();
        var watermark = since;
        var now = time.GetUtcNow();
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
            if (review.Verdict == TimeEntryVerdict.Mismatch && settings.TimeEntries.Correct && mode.CurrentValue.Mode == BridgeMode.Live)
            {
                await api.PatchTimeEntryAsync(entry.Id.Value, [PatchOperation.Replace("workType", new Reference { Name = review.ExpectedWorkType })], cancellationToken);
                review.Verdict = TimeEntryVerdict.Corrected;
                review.Reason = $"work type {review.WorkType ?? "(none)"} set to {review.ExpectedWorkType}: {review.Reason}";
            }

            if (review.Verdict is TimeEntryVerdict.Mismatch or TimeEntryVerdict.Corrected)
            {
                WriteBackLog.TimeEntryClassified(logger, review.Id, review.TicketId, review.Member ?? "?", review.Billing ?? "?", review.WorkType ?? "(none)", review.ExpectedWorkType ?? "(none)", review.Verdict.ToString());
            }

            reviews.Add(review);
        }

        store.Save(reviews, watermark);
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

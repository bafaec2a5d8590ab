using Bridge.Connectors.Notifications;
using Bridge.Connectors.Notifications.Sms;
using Bridge.Worker.Kernel;
using Bridge.Worker.Telemetry;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// Pages one person for one escalation step: tries their contact methods in order and stops at the first that
/// accepts; a failed or ambiguous attempt moves to the next method at once, within the same step. Every attempt
/// is recorded (queued before the call, its outcome after) in the delivery log.
/// </summary>
/// <remarks>
/// At-least-once with dedup: a page (incident + dedup key) that already reached the person through a method is
/// not sent again; a method whose earlier attempt is unknown (or was interrupted while queued) is not tried
/// again for that page, since the text may already be on the person's phone. The escalation engine's next step
/// is the safety net when nothing got through.
/// In shadow mode (<c>Bridge:Mode</c>) the first method is recorded as <see cref="DeliveryState.Shadow"/> and the
/// page counts as sent, so the engine decides as it would live; no provider is called.
/// </remarks>
internal sealed class NotificationDispatcher(
    IEnumerable<INotificationChannel> channels,
    MessageComposer composer,
    DeliveryLogRepository log,
    ChannelHealth health,
    BridgeMetrics metrics,
    TimeProvider time,
    ILoggerFactory loggers,
    IOptionsMonitor<BridgeModeOptions>? mode = null)
{
    private readonly ILogger _logger = loggers.CreateLogger(NotificationLog.CategoryName);

    public async Task<DispatchResult> DispatchAsync(Notification page, Recipient recipient, CancellationToken cancellationToken)
    {
        if (recipient.Methods.Count == 0)
        {
            return new DispatchResult(DispatchStatus.NoContactMethods, null, []);
        }

        var attempts = new List<DeliveryRecord>();
        foreach (var method in recipient.Methods)
        {
            var attempt = await AttemptAsync(page, recipient, method, cancellationToken);
            if (attempt.Record is { } record && attempt.Outcome != MethodOutcome.AlreadyReached)
            {
                attempts.Add(record);
            }

            if (attempt.Reached)
            {
                return new DispatchResult(attempt.Outcome == MethodOutcome.AlreadyReached ? DispatchStatus.AlreadySent : DispatchStatus.Sent, method, attempts);
            }
        }

        NotificationLog.AllMethodsFailed(_logger, page.IncidentId, page.Step, recipient.PersonId, attempts.Count);
        return new DispatchResult(DispatchStatus.AllFailed, null, attempts);
    }

    /// <summary>
    /// One contact method of one page: sends it unless this page already reached the person through it (or an
    /// earlier attempt may have), and records the attempt. The delivery lanes call this one method at a time, so a
    /// slow channel holds up only the pages waiting on that channel. Every attempt counts in <c>bridge.pages</c>.
    /// </summary>
    public async Task<MethodAttempt> AttemptAsync(Notification page, Recipient recipient, ContactMethod method, CancellationToken cancellationToken)
    {
        var attempt = await AttemptOnceAsync(page, recipient, method, cancellationToken);
        metrics.PageAttempted(method.Kind.Trim().ToLowerInvariant(), ResultOf(attempt));
        return attempt;
    }

    /// <summary>The <c>result</c> of a page attempt in <c>bridge.pages</c>.</summary>
    internal static string ResultOf(MethodAttempt attempt) => attempt.Outcome switch
    {
        MethodOutcome.Sent when attempt.Record?.State == DeliveryState.Shadow => "shadow",
        MethodOutcome.Sent => "sent",
        MethodOutcome.AlreadyReached => "already_sent",
        MethodOutcome.Skipped => "skipped",
        _ when attempt.Record?.State == DeliveryState.Unknown => "unknown",
        _ => "failed",
    };

    private async Task<MethodAttempt> AttemptOnceAsync(Notification page, Recipient recipient, ContactMethod method, CancellationToken cancellationToken)
    {
        var kind = method.Kind.Trim().ToLowerInvariant();
        var address = kind == ChannelKinds.Sms ? PhoneNumber.Normalize(method.Address) : method.Address.Trim();
        var previous = log.ForPage(page.IncidentId, page.DedupKey).Where(r => r.Kind == kind && r.Address == address).ToList();
        if (previous.Any(r => r.Reached || r.State == DeliveryState.Shadow))
        {
            NotificationLog.AlreadySent(_logger, page.IncidentId, page.DedupKey, recipient.PersonId, kind);
            return new MethodAttempt(MethodOutcome.AlreadyReached, null);
        }

        if (previous.Any(r => r.State is DeliveryState.Unknown or DeliveryState.Queued))
        {
            NotificationLog.MethodSkipped(_logger, page.IncidentId, kind, AddressMask.For(address), "an earlier attempt of this page may have been delivered");
            return new MethodAttempt(MethodOutcome.Skipped, null);
        }

        if (mode?.CurrentValue.Mode == BridgeMode.Shadow)
        {
            var shadow = NewRecord(page, recipient, kind, address);
            shadow.State = DeliveryState.Shadow;
            shadow.Reason = "shadow mode: recorded, not sent";
            NotificationLog.Shadowed(_logger, page.IncidentId, page.Step, recipient.PersonId, kind, AddressMask.For(address));
            return new MethodAttempt(MethodOutcome.Sent, log.Queue(shadow));
        }

        var queued = log.Queue(NewRecord(page, recipient, kind, address));
        var result = await SendAsync(page, recipient, kind, address, cancellationToken);
        var record = log.Complete(queued, result, time.GetUtcNow());
        if (result.Status == DeliveryStatus.Sent)
        {
            NotificationLog.Paged(_logger, page.IncidentId, page.Step, recipient.PersonId, kind, AddressMask.For(address));
            return new MethodAttempt(MethodOutcome.Sent, record);
        }

        NotificationLog.AttemptFailed(_logger, page.IncidentId, page.Step, kind, AddressMask.For(address), recipient.PersonId, record.State, result.Reason);
        return new MethodAttempt(MethodOutcome.Failed, record);
    }

    private async Task<DeliveryResult> SendAsync(Notification page, Recipient recipient, string kind, string address, CancellationToken cancellationToken)
    {
        var channel = channels.FirstOrDefault(c => c.IsConfigured && string.Equals(c.Kind, kind, StringComparison.OrdinalIgnoreCase));
        if (channel is null)
        {
            // A person's contact method naming a channel the bridge has no settings for: their problem, not the channel's.
            return DeliveryResult.Failed($"no {kind} channel is configured", transient: false);
        }

        DeliveryResult result;
        try
        {
            result = await channel.SendAsync(composer.Compose(page, kind), new ContactAddress(address, recipient.PersonId, recipient.Name), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Channels report outcomes as results; anything thrown is a defect, and the page must still fail over.
            result = DeliveryResult.Unknown($"the {kind} channel threw {ex.GetType().Name}");
        }

        health.Record(kind, result);
        return result;
    }

    private DeliveryRecord NewRecord(Notification page, Recipient recipient, string kind, string address)
    {
        var now = time.GetUtcNow();
        return new DeliveryRecord
        {
            IncidentId = page.IncidentId,
            TicketId = page.TicketId,
            DedupKey = page.DedupKey,
            Step = page.Step,
            PersonId = recipient.PersonId,
            Kind = kind,
            Address = address,
            State = DeliveryState.Queued,
            QueuedAt = now,
            UpdatedAt = now,
        };
    }
}

using System.Security.Cryptography;
using System.Text;
using Bridge.Connectors.ConnectWise.Callbacks;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// Receives one callback: secret, size, shape and signature first, then the durable inbox write, then the
/// answer. Nothing here calls ConnectWise's ticket API; the signing key comes from the key provider's cache
/// or, once per key, from ConnectWise's key endpoint.
/// </summary>
internal sealed class CallbackIntake(
    CallbackInbox inbox,
    ConnectWiseCallbackVerifier verifier,
    InboxProcessor processor,
    IOptionsMonitor<IngestOptions> options,
    TimeProvider time,
    ILogger<CallbackIntake> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.CurrentValue.MaxConcurrentCallbacks, options.CurrentValue.MaxConcurrentCallbacks);

    public async Task<IntakeResult> ReceiveAsync(HttpRequest request, string? secret, CancellationToken ct)
    {
        // Overload answers 429, which ConnectWise retries; it never retries a 503.
        if (!_slots.Wait(0, CancellationToken.None))
        {
            return Refuse(StatusCodes.Status429TooManyRequests, "too many callbacks at once; retry shortly");
        }

        try
        {
            return await ReceiveCoreAsync(request, secret ?? request.Query["token"].ToString(), ct);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<IntakeResult> ReceiveCoreAsync(HttpRequest request, string secret, CancellationToken ct)
    {
        var settings = options.CurrentValue;
        if (!SecretMatches(settings.CallbackSecret, secret))
        {
            return Refuse(StatusCodes.Status403Forbidden, "wrong or missing callback secret");
        }

        var body = await ReadCappedAsync(request, settings.MaxCallbackBytes, ct);
        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"body is larger than {settings.MaxCallbackBytes} bytes");
        }

        if (!ConnectWiseCallbackPayload.TryParse(body, out var payload, out var error))
        {
            return Refuse(StatusCodes.Status400BadRequest, "malformed callback: " + error);
        }

        var signature = request.Headers[CallbackSignature.HeaderName].ToString();
        var verification = await verifier.VerifyAsync(body, signature, ct);
        var verdict = CallbackVerdict.Classify(verification);
        switch (verdict)
        {
            case CallbackVerdictKind.Malformed:
                return Refuse(StatusCodes.Status400BadRequest, verification.FailureReason ?? "malformed callback");
            case CallbackVerdictKind.Rejected:
                return Refuse(StatusCodes.Status401Unauthorized, verification.FailureReason ?? "signature not accepted");
            case CallbackVerdictKind.KeyUnavailable:
                IngestLog.CallbackStoredUnverified(logger, payload.Type, payload.Id, verification.FailureReason ?? "");
                break;
        }

        var entry = new InboxEntry
        {
            DedupKey = string.IsNullOrWhiteSpace(payload.MessageId) ? "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body)) : payload.MessageId,
            ReceivedAt = time.GetUtcNow(),
            Body = body,
            Signature = signature,
            Verified = verdict == CallbackVerdictKind.Valid,
            Type = payload.Type,
            Action = payload.Action,
            RecordId = payload.Id,
            Status = InboxStatus.Pending,
        };

        bool added;
        try
        {
            added = await inbox.AddAsync(entry);
        }
        catch (Exception ex) when (Storage.StorageFailure.Is(ex))
        {
            // Not stored, so not acknowledged: 429 makes ConnectWise try again; the poller is the backstop.
            IngestLog.InboxFailed(logger, ex);
            return Refuse(StatusCodes.Status429TooManyRequests, "the inbox could not store the callback; retry shortly");
        }

        IngestLog.CallbackStored(logger, payload.Type, payload.Action, payload.Id, entry.Verified, !added);
        if (added)
        {
            processor.Notify();
        }

        return new IntakeResult(StatusCodes.Status200OK, added ? "stored" : "duplicate");
    }

    private IntakeResult Refuse(int status, string reason)
    {
        IngestLog.CallbackRefused(logger, status, reason);
        return new IntakeResult(status, reason);
    }

    /// <summary>Constant time in the secret's content: both sides are hashed to the same length first.</summary>
    internal static bool SecretMatches(string? expected, string? given)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return string.IsNullOrEmpty(given);
        }

        var a = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(given ?? ""));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    private static async Task<byte[]?> ReadCappedAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        int read;
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        // The usual case (ConnectWise sends Content-Length): read straight into the body's own array, one allocation
        // per callback instead of a chunk, a growing stream and its copy.
        if (request.ContentLength is { } length)
        {
            var exact = new byte[length];
            var filled = 0;
            while (filled < exact.Length && (read = await request.Body.ReadAsync(exact.AsMemory(filled), ct)) > 0)
            {
                filled += read;
            }

            // Kestrel ends the body at Content-Length, so a short read is a client that hung up: not the whole callback.
            return filled == exact.Length ? exact : throw new IOException("The callback body ended before its Content-Length.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public void Dispose() => _slots.Dispose();
}

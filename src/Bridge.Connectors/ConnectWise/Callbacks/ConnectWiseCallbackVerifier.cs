namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>
/// Verifies a stored callback: parses the raw body, fetches the signing key from the pinned
/// <c>key_url</c> and checks <c>x-content-signature</c> in constant time. On a mismatch with a cached key
/// it refetches once (the key may have rotated).
/// </summary>
/// <param name="keys">The signing-key provider.</param>
public sealed class ConnectWiseCallbackVerifier(CallbackSigningKeyProvider keys)
{
    /// <summary>Verifies one callback.</summary>
    /// <param name="body">The raw body bytes, exactly as received.</param>
    /// <param name="signature">The <c>x-content-signature</c> header value.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Whether it is genuine, why not, and the parsed payload.</returns>
    public async Task<CallbackVerificationResult> VerifyAsync(ReadOnlyMemory<byte> body, string? signature, CancellationToken cancellationToken = default)
    {
        if (!ConnectWiseCallbackPayload.TryParse(body.Span, out var payload, out var error))
        {
            return new CallbackVerificationResult(false, "malformed callback: " + error, null);
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return new CallbackVerificationResult(false, $"{CallbackSignature.HeaderName} header is missing", payload);
        }

        var key = await keys.GetKeyAsync(payload.KeyUrl, refresh: false, cancellationToken).ConfigureAwait(false);
        if (!key.Success)
        {
            return new CallbackVerificationResult(false, key.Error, payload);
        }

        if (CallbackSignature.Verify(key.Key, body.Span, signature))
        {
            return new CallbackVerificationResult(true, null, payload);
        }

        if (key.FromCache)
        {
            var fresh = await keys.GetKeyAsync(payload.KeyUrl, refresh: true, cancellationToken).ConfigureAwait(false);
            if (fresh.Success && !fresh.FromCache && CallbackSignature.Verify(fresh.Key, body.Span, signature))
            {
                return new CallbackVerificationResult(true, null, payload);
            }
        }

        return new CallbackVerificationResult(false, "signature does not match the body", payload);
    }
}

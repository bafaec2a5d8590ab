using Bridge.Connectors.ConnectWise.Callbacks;

namespace Bridge.Worker.Ingest;

/// <summary>What a verification result means for the inbox.</summary>
internal enum CallbackVerdictKind
{
    /// <summary>Signed with the key ConnectWise serves: store as verified.</summary>
    Valid,

    /// <summary>The key could not be fetched right now (timeout, unreachable, 5xx): store, verify later, use only as a hint.</summary>
    KeyUnavailable,

    /// <summary>Not a callback: 400.</summary>
    Malformed,

    /// <summary>Unsigned, wrongly signed, or naming a key the bridge will not fetch: 401, nothing stored.</summary>
    Rejected,
}

/// <summary>Sorts a <see cref="CallbackVerificationResult"/> into what the endpoint and the inbox do with it. Pure.</summary>
internal static class CallbackVerdict
{
    public static CallbackVerdictKind Classify(CallbackVerificationResult result)
    {
        if (result.IsValid)
        {
            return CallbackVerdictKind.Valid;
        }

        var reason = result.FailureReason ?? "";
        if (result.Payload is null || reason.StartsWith("malformed callback", StringComparison.Ordinal))
        {
            return CallbackVerdictKind.Malformed;
        }

        // The key provider words its failures "key_url …". A refused origin or a 4xx from ConnectWise's own key
        // endpoint says the callback is not genuine; a timeout, a connection failure or a 5xx says nothing about it.
        var transient = reason.StartsWith("key_url", StringComparison.Ordinal)
            && !reason.StartsWith("key_url origin", StringComparison.Ordinal)
            && !reason.StartsWith("key_url answered 4", StringComparison.Ordinal);
        return transient ? CallbackVerdictKind.KeyUnavailable : CallbackVerdictKind.Rejected;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace Bridge.Connectors.ConnectWise.Callbacks;

/// <summary>The outcome of a signing-key lookup: the key, or a one-line reason. <see cref="ToString"/> never shows the key.</summary>
public sealed class SigningKeyResult
{
    private SigningKeyResult(string? key, string? error, bool fromCache)
    {
        Key = key;
        Error = error;
        FromCache = fromCache;
    }

    /// <summary>The signing key when found.</summary>
    public string? Key { get; }

    /// <summary>Why no key could be had.</summary>
    public string? Error { get; }

    /// <summary>The key came from the cache, not a fresh fetch.</summary>
    public bool FromCache { get; }

    /// <summary>True when <see cref="Key"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Key))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Key is not null;

    /// <summary>A found key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fromCache">Whether it came from the cache.</param>
    /// <returns>The result.</returns>
    public static SigningKeyResult Found(string key, bool fromCache) => new(key, null, fromCache);

    /// <summary>A failure.</summary>
    /// <param name="error">One-line reason.</param>
    /// <returns>The result.</returns>
    public static SigningKeyResult Failed(string error) => new(null, error, false);

    /// <inheritdoc />
    public override string ToString() => Success ? $"signing key found{(FromCache ? " (cached)" : "")}" : $"no signing key: {Error}";
}

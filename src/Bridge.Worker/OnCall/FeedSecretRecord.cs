namespace Bridge.Worker.OnCall;

/// <summary>
/// The secret in one calendar feed's URL (collection <c>oncall_feed_secrets</c>), one per schedule or person:
/// <see cref="Id"/> is <c>kind:name</c>. A rotation replaces <see cref="Secret"/>, so the old URL stops answering.
/// </summary>
public sealed class FeedSecretRecord
{
    public string Id { get; set; } = "";

    public FeedKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>32 random bytes, base64url: the whole of the feed's protection. Never logged.</summary>
    public string Secret { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? RotatedAt { get; set; }

    public string? RotatedBy { get; set; }

    public static string IdFor(FeedKind kind, string name) => FeedKinds.Name(kind) + ":" + name;
}

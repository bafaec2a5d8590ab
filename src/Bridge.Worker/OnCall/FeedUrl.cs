namespace Bridge.Worker.OnCall;

/// <summary>One secret feed URL as an admin sees it (<c>GET /oncall/feeds</c>, or the answer to a rotation).</summary>
public sealed record FeedUrl(
    string Kind, string Name, string Url, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RotatedAt, string? RotatedBy)
{
    /// <summary>
    /// The feed's address under the bridge's public base: <c>Escalation:PublicUrl</c> (where technicians open links), else
    /// <c>Ingest:PublicUrl</c>, else the address the admin called. Read as keys: OnCall comes before both capabilities.
    /// </summary>
    internal static FeedUrl From(FeedSecretRecord record, IConfiguration configuration, HttpRequest request)
    {
        var configured = new[] { configuration["Escalation:PublicUrl"], configuration["Ingest:PublicUrl"] }
            .FirstOrDefault(u => !string.IsNullOrWhiteSpace(u));
        var root = (configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');
        return new FeedUrl(FeedKinds.Name(record.Kind), record.Name, $"{root}/oncall/feeds/{record.Secret}.ics",
            record.CreatedAt, record.CreatedBy, record.RotatedAt, record.RotatedBy);
    }
}

using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Ingest;

/// <summary>How tickets come in from ConnectWise: the callback endpoint and the poller. Section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>
    /// Secret path segment (or <c>?token=</c>) of the callback URL: <c>/callbacks/connectwise/{secret}</c>.
    /// Empty accepts <c>/callbacks/connectwise</c> with the signature check alone.
    /// </summary>
    public string CallbackSecret { get; set; } = "";

    /// <summary>The bridge's address as ConnectWise reaches it, e.g. <c>https://bridge.example.com</c>; needed to register callbacks.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>Service boards to watch, by name or id. Empty: every board (callbacks at the owner level).</summary>
    public IList<string> Boards { get; set; } = [];

    /// <summary>
    /// Project boards opted in, by name or id: their tickets are polled from <c>/project/tickets</c>, routed, and
    /// written back where ConnectWise keeps project tickets. Empty (the default): project tickets that callbacks
    /// bring are recorded but never routed, paged or written to.
    /// </summary>
    public IList<string> ProjectBoards { get; set; } = [];

    /// <summary>How often the poller asks ConnectWise for changed tickets (the safety net behind callbacks).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How far behind the watermark each poll looks again, for saves ConnectWise commits late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PollOverlap { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Largest callback body accepted; larger ones get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxCallbackBytes { get; set; } = 256 * 1024;

    /// <summary>Callbacks handled at the same time; more get 429, which ConnectWise retries.</summary>
    [Range(1, 4096)]
    public int MaxConcurrentCallbacks { get; set; } = 256;

    /// <summary>How long processed callbacks are kept to recognise a redelivered MessageId.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the inbox is swept for entries a signal missed (after a restart, a failed fetch).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan InboxSweepInterval { get; set; } = TimeSpan.FromSeconds(10);
}

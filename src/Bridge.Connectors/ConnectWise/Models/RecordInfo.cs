namespace Bridge.Connectors.ConnectWise.Models;

/// <summary>The <c>_info</c> block ConnectWise puts on every record (href fields are ignored).</summary>
public sealed record RecordInfo
{
    /// <summary>When the record last changed, by ConnectWise's clock (the poller's watermark uses this).</summary>
    public DateTimeOffset? LastUpdated { get; init; }

    /// <summary>Identifier of the member who last changed the record.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>When the record was created.</summary>
    public DateTimeOffset? DateEntered { get; init; }

    /// <summary>Identifier of the member who created the record.</summary>
    public string? EnteredBy { get; init; }
}

using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.StatusPage;

/// <summary>The status page at <c>GET /</c>. Section <c>StatusPage</c>.</summary>
public sealed class StatusPageOptions
{
    public const string SectionName = "StatusPage";

    /// <summary>How often an open page reloads itself.</summary>
    [Range(5, 3600)]
    public int RefreshSeconds { get; set; } = 15;

    /// <summary>How many routing decisions the page lists, newest first.</summary>
    [Range(1, 200)]
    public int Decisions { get; set; } = 20;

    /// <summary>How many ticket changes the page lists, newest first.</summary>
    [Range(1, 200)]
    public int TicketChanges { get; set; } = 15;

    /// <summary>
    /// Networks (CIDR, e.g. <c>10.20.0.0/16</c>) whose browsers may open the page. It shows client names and
    /// ticket summaries, and the bridge is often reachable from the internet for ConnectWise callbacks, so the
    /// default (null) is loopback only. Null when not configured: the binder appends to pre-filled lists.
    /// </summary>
    public List<string>? AllowedNetworks { get; set; }
}

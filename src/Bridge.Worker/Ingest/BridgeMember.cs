using Bridge.Connectors.ConnectWise;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// The member ConnectWise stamps the bridge's own writes with (<c>_info/updatedBy</c>): <c>ConnectWise:MemberIdentifier</c>,
/// or what <c>system/myAccount</c> answered at start (<see cref="BridgeMemberDiscovery"/>). A change by this member is
/// the bridge's own write coming back.
/// </summary>
internal sealed class BridgeMember(IOptionsMonitor<ConnectWiseOptions> options)
{
    private volatile string? _discovered;

    public string? Identifier => Blank(options.CurrentValue.MemberIdentifier) ?? _discovered;

    public bool IsBridge(string? updatedBy) =>
        !string.IsNullOrWhiteSpace(updatedBy) && Identifier is { } me && string.Equals(me, updatedBy.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What ConnectWise said the keys belong to.</summary>
    public void Learn(string? identifier) => _discovered = Blank(identifier);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

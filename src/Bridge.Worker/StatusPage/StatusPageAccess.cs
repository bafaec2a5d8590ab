using System.Net;

namespace Bridge.Worker.StatusPage;

/// <summary>Who may open the page: loopback always, other addresses only inside <see cref="StatusPageOptions.AllowedNetworks"/>.</summary>
internal static class StatusPageAccess
{
    public static bool Allows(IPAddress? remote, IReadOnlyList<string>? allowedNetworks)
    {
        if (remote is null || IPAddress.IsLoopback(remote))
        {
            // No remote address: an in-process test server, not a network peer.
            return true;
        }

        var address = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        foreach (var text in allowedNetworks ?? [])
        {
            if (IPNetwork.TryParse(text?.Trim() ?? "", out var network) && network.Contains(address))
            {
                return true;
            }
        }

        return false;
    }
}

namespace Bridge.Worker.Kernel;

/// <summary>
/// A caller on this machine: a loopback peer whose request came through no proxy. A proxy the admin listed
/// (<c>Access:KnownProxies</c>) has its forwarding headers applied and removed before this is asked, so what is left
/// is a proxy nobody listed: behind it every caller would look like loopback, so none is taken for one.
/// </summary>
internal static class LoopbackRequest
{
    public static bool IsFromLoopback(this HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip
        && System.Net.IPAddress.IsLoopback(ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip)
        && !CameThroughProxy(context);

    /// <summary>The peer's address as the bridge believes it: null for a request that came through a proxy nobody listed.</summary>
    public static System.Net.IPAddress? BelievedPeer(this HttpContext context) =>
        CameThroughProxy(context) ? null : context.Connection.RemoteIpAddress;

    public static bool CameThroughProxy(HttpContext context) =>
        context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("Forwarded");
}

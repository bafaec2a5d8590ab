namespace Bridge.Worker.Kernel;

/// <summary>Admin actions answer only the CLI on the server itself: a request from a loopback address.</summary>
internal static class LoopbackRequest
{
    public static bool IsFromLoopback(this HttpContext context) =>
        context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip);
}

namespace Bridge.Connectors.ConnectWise.Diagnostics;

/// <summary>One line of a connection check.</summary>
/// <param name="Name">What was checked, e.g. <c>authentication</c>.</param>
/// <param name="Ok">Whether it passed.</param>
/// <param name="Detail">What was found, or what to fix; never contains keys.</param>
public sealed record CheckResult(string Name, bool Ok, string Detail);

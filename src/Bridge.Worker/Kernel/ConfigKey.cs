namespace Bridge.Worker.Kernel;

/// <summary>Configuration keys as paths of <c>:</c>-separated segments, compared the way the binder does (ignoring case).</summary>
internal static class ConfigKey
{
    /// <summary><c>OnCall:People:0:Name</c> is under <c>OnCall</c> and <c>OnCall:People</c>, not under <c>On</c>.</summary>
    public static bool IsUnder(string key, string prefix) =>
        key.Equals(prefix, StringComparison.OrdinalIgnoreCase)
        || (key.Length > prefix.Length && key[prefix.Length] == ':' && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}

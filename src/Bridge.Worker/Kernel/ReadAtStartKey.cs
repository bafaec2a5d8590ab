namespace Bridge.Worker.Kernel;

/// <summary>A configuration key, or a section and everything under it, that the service reads only at start (<c>Storage</c>, <c>Urls</c>).</summary>
internal sealed record ReadAtStartKey(string Key)
{
    public bool Covers(string key) => ConfigKey.IsUnder(key, Key);
}

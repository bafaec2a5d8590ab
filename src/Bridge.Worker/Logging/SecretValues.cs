namespace Bridge.Worker.Logging;

/// <summary>
/// The secret values present in this configuration (ConnectWise private key, passwords, tokens,
/// signing keys, chat webhook URLs, which carry their credential in the path). The log pipeline masks them wherever they would appear, as a second line of
/// defence behind "never pass a secret to a logger".
/// </summary>
internal sealed class SecretValues
{
    private static readonly string[] SecretKeySuffixes =
        ["PrivateKey", "Password", "Secret", "Token", "SigningKey", "ApiKey", "AuthToken", "ClientSecret", "WebhookUrl"];

    private readonly string[] _values;

    public SecretValues(IEnumerable<string> values)
    {
        // Very short values would mask ordinary words; real keys are long.
        _values = values.Where(v => v.Length >= 6).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToArray();
    }

    public static SecretValues From(IConfiguration configuration) =>
        new(configuration.AsEnumerable()
            .Where(pair => pair.Value is { Length: > 0 } && IsSecretKey(pair.Key))
            .Select(pair => pair.Value!));

    public static bool IsSecretKey(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return SecretKeySuffixes.Any(suffix => last.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    public bool IsEmpty => _values.Length == 0;

    public string Mask(string text)
    {
        foreach (var value in _values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}

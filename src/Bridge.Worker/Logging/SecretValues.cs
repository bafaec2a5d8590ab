using Microsoft.Extensions.Primitives;

namespace Bridge.Worker.Logging;

/// <summary>
/// The secret values present in this configuration (ConnectWise private key, passwords, tokens,
/// signing keys, chat webhook URLs, which carry their credential in the path). The log pipeline masks them wherever they would appear, as a second line of
/// defence behind "never pass a secret to a logger".
/// </summary>
internal sealed class SecretValues
{
    private static readonly string[] SecretKeySuffixes =
        ["PrivateKey", "Password", "Secret", "Token", "SigningKey", "ApiKey", "AuthToken", "ClientSecret", "WebhookUrl", "ConnectionString"];

    private readonly Lock _gate = new();
    private volatile string[] _values;

    public SecretValues(IEnumerable<string> values)
    {
        _values = Prepare(values);
    }

    /// <summary>The secrets in <paramref name="configuration"/> as it is now.</summary>
    public static SecretValues From(IConfiguration configuration) => new(Find(configuration));

    /// <summary>
    /// The secrets in <paramref name="configuration"/>, and those a reload brings (a rotated key). Secrets that
    /// were replaced stay masked: work begun before the reload may still mention them.
    /// </summary>
    public static SecretValues Following(IConfiguration configuration)
    {
        var secrets = From(configuration);
        ChangeToken.OnChange(configuration.GetReloadToken, () =>
        {
            lock (secrets._gate)
            {
                secrets._values = Prepare(secrets._values.Concat(Find(configuration)));
            }
        });
        return secrets;
    }

    /// <summary>Adds a secret that does not come from configuration (a generated signing key).</summary>
    public void Add(string value)
    {
        lock (_gate)
        {
            _values = Prepare(_values.Append(value));
        }
    }

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

    private static IEnumerable<string> Find(IConfiguration configuration) =>
        configuration.AsEnumerable()
            .Where(pair => pair.Value is { Length: > 0 } && IsSecretKey(pair.Key))
            .SelectMany(pair => pair.Key.EndsWith("ConnectionString", StringComparison.OrdinalIgnoreCase)
                ? [pair.Value!, .. PasswordIn(pair.Value!)]
                : new[] { pair.Value! });

    /// <summary>A connection string's password on its own, so that it is masked wherever it appears apart from the string.</summary>
    private static IEnumerable<string> PasswordIn(string connectionString)
    {
        try
        {
            return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Password is { Length: > 0 } password ? [password] : [];
        }
        catch (ArgumentException)
        {
            return [];
        }
    }

    // Very short values would mask ordinary words; real keys are long.
    private static string[] Prepare(IEnumerable<string> values) =>
        values.Where(v => v.Length >= 6).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToArray();
}

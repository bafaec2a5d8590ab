using System.Security.Cryptography;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Escalation.Acknowledgement;

/// <summary>
/// The key that signs acknowledgement links: <c>Escalation:AckSigningKey</c> when given, otherwise the key kept in
/// <c>Escalation:SigningKeyFile</c>, generated (32 random bytes) on first start and readable by the service account
/// only. Read once: links already sent stay valid across config reloads. The key joins the masked secrets.
/// </summary>
internal sealed class AckSigningKey
{
    private readonly Lazy<byte[]> _bytes;

    public AckSigningKey(IOptions<EscalationOptions> options, BridgeEnvironment environment, SecretValues secrets)
    {
        _bytes = new Lazy<byte[]>(() =>
        {
            var configured = options.Value.AckSigningKey.Trim();
            var text = configured.Length > 0 ? configured : LoadOrCreate(environment.ResolvePath(options.Value.SigningKeyFile));
            secrets.Add(text);
            return Convert.FromBase64String(text);
        });
    }

    public byte[] Bytes => _bytes.Value;

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (EscalationOptionsValidator.IsStrongKey(existing))
            {
                return existing;
            }

            throw new InvalidOperationException($"The acknowledgement signing key file {path} does not hold base64 of at least 32 bytes; delete it to have a new one generated (links already sent will stop working).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key);
        }

        return key;
    }
}

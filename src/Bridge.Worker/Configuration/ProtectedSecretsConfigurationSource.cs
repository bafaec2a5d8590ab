using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Secrets kept beside the configuration but not in it: <c>secrets/Section__Key.dpapi</c> files that
/// install.ps1 wrote with DPAPI (machine scope), readable by the service account only. The file name
/// is the configuration key, <c>__</c> standing for <c>:</c> as in environment variables.
/// </summary>
internal sealed class ProtectedSecretsConfigurationSource(string directory, Func<byte[], byte[]> unprotect) : IConfigurationSource
{
    public const string Extension = ".dpapi";

    public string Directory { get; } = directory;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(Directory, unprotect);

    [SupportedOSPlatform("windows")]
    public static byte[] UnprotectWithMachineScope(byte[] protectedBytes) =>
        ProtectedData.Unprotect(protectedBytes, optionalEntropy: null, DataProtectionScope.LocalMachine);

    private sealed class Provider(string directory, Func<byte[], byte[]> unprotect) : ConfigurationProvider
    {
        public override void Load()
        {
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            if (System.IO.Directory.Exists(directory))
            {
                foreach (var file in System.IO.Directory.EnumerateFiles(directory, "*" + Extension))
                {
                    var key = Path.GetFileNameWithoutExtension(file).Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
                    try
                    {
                        data[key] = Encoding.UTF8.GetString(unprotect(File.ReadAllBytes(file))).TrimEnd('\r', '\n');
                    }
                    catch (CryptographicException ex)
                    {
                        // Name the file, never the content: a key protected on another machine is the usual cause.
                        throw new InvalidDataException($"The secret file {file} cannot be read on this machine ({ex.Message.TrimEnd('.')}); store it again with install.ps1 -PrivateKey.", ex);
                    }
                }
            }

            Data = data;
        }
    }
}

using System.Text;
using Bridge.Worker.Configuration;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Bridge.Worker.Tests.Hosting;

public sealed class ProtectedSecretsConfigurationSourceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    // Stands in for DPAPI (Windows only): "protection" is a byte reversal, enough to prove the
    // provider reads the bytes through the unprotect function and not as plain text.
    private static byte[] Reverse(byte[] bytes) => bytes.Reverse().ToArray();

    private IConfiguration Build() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectWise:PrivateKey"] = "from-json" })
        .Add(new ProtectedSecretsConfigurationSource(_dir.Path, Reverse))
        .Build();

    [Fact]
    public void Load_DpapiFile_FileNameIsTheKeyAndOverridesJson()
    {
        File.WriteAllBytes(_dir.File("ConnectWise__PrivateKey.dpapi"), Reverse(Encoding.UTF8.GetBytes("s3cr3t-key\r\n")));

        var configuration = Build();

        Assert.Equal("s3cr3t-key", configuration["ConnectWise:PrivateKey"]);
    }

    [Fact]
    public void Load_OtherFilesAndMissingDirectory_AreIgnored()
    {
        File.WriteAllText(_dir.File("ConnectWise__PrivateKey.txt"), "plain");
        var missing = new ConfigurationBuilder().Add(new ProtectedSecretsConfigurationSource(_dir.File("nope"), Reverse)).Build();

        Assert.Equal("from-json", Build()["ConnectWise:PrivateKey"]);
        Assert.Empty(missing.AsEnumerable());
    }

    [Fact]
    public void Load_FileFromAnotherMachine_ErrorNamesFileNotContent()
    {
        File.WriteAllBytes(_dir.File("Channels__Sms__AuthToken.dpapi"), [1, 2, 3]);
        var source = new ProtectedSecretsConfigurationSource(_dir.Path, _ => throw new System.Security.Cryptography.CryptographicException("Key not valid for use in specified state."));

        var ex = Assert.Throws<InvalidDataException>(() => new ConfigurationBuilder().Add(source).Build());

        Assert.Contains("Channels__Sms__AuthToken.dpapi", ex.Message);
        Assert.Contains("install.ps1 -PrivateKey", ex.Message);
    }

    public void Dispose() => _dir.Dispose();
}

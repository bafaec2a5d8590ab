using System.Security.Cryptography;
using System.Text;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access;

/// <summary>
/// How the CLI on the machine itself talks to the running service: at start the service writes a fresh random token
/// to <c>console.token</c> beside the state file, readable only by the account the service runs as (and so by
/// administrators); a CLI verb that can read the file sends it as a bearer token and acts as <c>console</c>, an admin.
/// The token changes at every start and the file is removed at stop.
/// </summary>
internal sealed class ConsoleToken
{
    public const string FileName = "console.token";
    private byte[]? _expected;

    public ConsoleToken(IOptions<StorageOptions> storage, BridgeEnvironment environment)
        : this(Path.Combine(Path.GetDirectoryName(environment.ResolvePath(storage.Value.Path))!, FileName))
    {
    }

    public ConsoleToken(string filePath)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }

    /// <summary>The service, at start: a new token, written where only the service's account can read it.</summary>
    public void Issue()
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".new";
        File.Delete(temporary);
        using (var stream = CreateOwnerOnly(temporary))
        {
            stream.Write(Encoding.ASCII.GetBytes(token));
        }

        File.Move(temporary, FilePath, overwrite: true);
        _expected = SHA256.HashData(Encoding.ASCII.GetBytes(token));
    }

    /// <summary>The service, at stop.</summary>
    public void Withdraw()
    {
        _expected = null;
        try
        {
            File.Delete(FilePath);
        }
        catch (IOException)
        {
            // A token no service honours any more is harmless; the next start replaces it.
        }
    }

    /// <summary>Whether <paramref name="presented"/> is the token issued at this start (constant time).</summary>
    public bool Matches(string presented)
    {
        if (_expected is not { } expected)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.ASCII.GetBytes(presented.Trim())));
    }

    /// <summary>The CLI: the running service's token, or null when the file is missing or this account may not read it.</summary>
    public string? Read()
    {
        try
        {
            return File.Exists(FilePath) ? File.ReadAllText(FilePath).Trim() is { Length: > 0 } token ? token : null : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // On Windows the state directory's ACL (the service account and Administrators) is what guards it.
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }

        return new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Issues the CLI's token once the state file is open, withdraws it at stop.</summary>
internal sealed class ConsoleTokenIssuer(ConsoleToken token) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        token.Issue();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        token.Withdraw();
        return Task.CompletedTask;
    }
}

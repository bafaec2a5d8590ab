using System.Security.Cryptography;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Cli;

/// <summary>
/// The demo's admin: a built-in account <c>demo-admin</c> with a random password, written to a file beside the demo's
/// state file that only the person running the demo can read (the password is never printed).
/// </summary>
internal static class DemoAdmin
{
    public const string Name = "demo-admin";
    public const string PasswordFileName = "demo-admin.password";

    /// <summary>Makes the account (or a new password for it when its file is gone); returns the password file.</summary>
    public static string Ensure(string configDirectory, string stateFile, TimeProvider time)
    {
        var accountsPath = AccountsFile.PathIn(new BridgeEnvironment(configDirectory));
        var passwordFile = Path.Combine(Path.GetDirectoryName(stateFile)!, PasswordFileName);
        using var held = AccountsFile.Lock(accountsPath);
        var accounts = AccountsFile.Read(accountsPath).ToList();
        if (accounts.Any(a => a.IsNamed(Name)) && File.Exists(passwordFile))
        {
            return passwordFile;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        Directory.CreateDirectory(Path.GetDirectoryName(passwordFile)!);
        File.Delete(passwordFile);
        using (var stream = OperatingSystem.IsWindows()
            ? new FileStream(passwordFile, FileMode.CreateNew, FileAccess.Write)
            : new FileStream(passwordFile, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite }))
        using (var writer = new StreamWriter(stream))
        {
            writer.WriteLine(password);
        }

        var now = time.GetUtcNow();
        accounts.RemoveAll(a => a.IsNamed(Name));
        accounts.Add(new LocalAccount
        {
            Name = Name,
            Role = AccessRole.Admin,
            PasswordHash = AccountPasswords.Hash(password),
            CreatedAt = now,
            ChangedAt = now,
            ChangedBy = "bridge demo",
        });
        AccountsFile.Write(accountsPath, accounts);
        return passwordFile;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// <c>accounts.json</c> in the configuration directory: written by <c>bridge user …</c> (whole, through a temporary file
/// renamed over it, readable by its owner only), read by the service. A file that cannot be read is named with what is
/// wrong and left as it is.
/// </summary>
internal static class AccountsFile
{
    public const string FileName = "accounts.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string PathIn(BridgeEnvironment environment) => Path.Combine(environment.ConfigDirectory, FileName);

    /// <summary>The accounts of the file at <paramref name="path"/>; none when there is no file.</summary>
    /// <exception cref="InvalidDataException">The file is not JSON, or an account in it is not valid; the message names the file.</exception>
    public static IReadOnlyList<LocalAccount> Read(string path)
    {
        AccountsDocument? document;
        try
        {
            // Shared for delete: the CLI may rename a new file over this one while it is read (Windows).
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            document = JsonSerializer.Deserialize<AccountsDocument>(stream, Json);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
        catch (JsonException ex)
        {
            var at = (ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "") + (ex.Path is { Length: > 0 } where ? $" ({where})" : "");
            throw new InvalidDataException($"The accounts file {path} is not valid JSON{at}: {FirstSentence(ex.Message)}", ex);
        }

        return ToAccounts(path, document);
    }

    /// <summary>Replaces the file with <paramref name="accounts"/> at once: a reader sees the old file or the new one, never half of it.</summary>
    public static void Write(string path, IReadOnlyList<LocalAccount> accounts)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            using (var stream = new FileStream(temporary, options))
            {
                JsonSerializer.Serialize(stream, new AccountsDocument { Accounts = accounts.Select(Entry).ToList<AccountEntry?>() }, Json);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                // The process's umask may take bits away from the create mode, never add them; set it outright all the same.
                File.SetUnixFileMode(temporary, OwnerOnly);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Held while the CLI reads, changes and writes the file, so that two runs at once do not each write their own change
    /// over the other's.
    /// </summary>
    public static IDisposable Lock(string path)
    {
        var lockPath = path + ".lock";
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex)
        {
            throw new IOException($"The accounts file {path} is being changed by another bridge command (lock file {lockPath}); try again when it has finished.", ex);
        }
    }

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static List<LocalAccount> ToAccounts(string path, AccountsDocument? document)
    {
        if (document?.Accounts is null)
        {
            throw new InvalidDataException($"The accounts file {path} has no \"Accounts\" list.");
        }

        var problems = new List<string>();
        var accounts = new List<LocalAccount>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Accounts.Count; i++)
        {
            var entry = document.Accounts[i];
            var which = entry?.Name is { Length: > 0 } named ? $"account {i + 1} ('{named}')" : $"account {i + 1}";
            var found = entry is null ? ["it is empty"] : Problems(entry);
            if (entry?.Name is { } name && found.Count == 0 && !names.Add(name))
            {
                found.Add("the name is used by an earlier account (names are the same in any case)");
            }

            problems.AddRange(found.Select(p => $"{which}: {p}"));
            if (found.Count == 0)
            {
                accounts.Add(Account(entry!));
            }
        }

        return problems.Count == 0
            ? accounts
            : throw new InvalidDataException($"The accounts file {path} is not valid: {string.Join("; ", problems)}.");
    }

    private static List<string> Problems(AccountEntry entry)
    {
        var problems = new List<string?>
        {
            AccountRules.NameProblem(entry.Name),
            AccountRules.EmailProblem(entry.Email),
            AccessRoles.TryParse(entry.Role, out _) ? null : $"Role '{entry.Role}' is not one of {string.Join(", ", AccessRoles.Names)}",
            entry.PasswordHash is { Length: > 0 } hash && AccountPasswords.LooksLikeHash(hash)
                ? null
                : "PasswordHash is missing or not a password hash (set a new password with bridge user reset)",
        };
        return problems.OfType<string>().ToList();
    }

    private static LocalAccount Account(AccountEntry entry)
    {
        return new LocalAccount
        {
            Name = entry.Name!,
            Email = entry.Email,
            Role = AccessRoles.TryParse(entry.Role, out var role) ? role : default,
            PasswordHash = entry.PasswordHash!,
            CreatedAt = entry.CreatedAt ?? DateTimeOffset.UnixEpoch,
            ChangedAt = entry.ChangedAt ?? entry.CreatedAt ?? DateTimeOffset.UnixEpoch,
            ChangedBy = entry.ChangedBy ?? "",
            LockoutClearedAt = entry.LockoutClearedAt,
        };
    }

    private static AccountEntry Entry(LocalAccount account) => new()
    {
        Name = account.Name,
        Email = account.Email,
        Role = AccessRoles.Name(account.Role),
        PasswordHash = account.PasswordHash,
        CreatedAt = account.CreatedAt,
        ChangedAt = account.ChangedAt,
        ChangedBy = account.ChangedBy,
        LockoutClearedAt = account.LockoutClearedAt,
    };

    /// <summary>System.Text.Json ends its messages with the path and position, said once already.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private sealed class AccountsDocument
    {
        public List<AccountEntry?>? Accounts { get; set; }
    }

    /// <summary>An account as the file spells it: every field optional, so a missing one is named rather than thrown.</summary>
    private sealed class AccountEntry
    {
        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Role { get; set; }

        public string? PasswordHash { get; set; }

        public DateTimeOffset? CreatedAt { get; set; }

        public DateTimeOffset? ChangedAt { get; set; }

        public string? ChangedBy { get; set; }

        public DateTimeOffset? LockoutClearedAt { get; set; }
    }
}

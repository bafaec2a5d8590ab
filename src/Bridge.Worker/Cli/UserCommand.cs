using System.Globalization;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge user …</c>: adds, resets, removes and lists the built-in accounts of <c>accounts.json</c>. Works on the file
/// alone (no host, no state file), so it runs beside the service, which reads the change at its next sign-in. Prints no
/// password and no hash; a refused change leaves the file as it was.
/// </summary>
internal static class UserCommand
{
    public static async Task<int> RunAsync(BridgeCommand command, UserArguments args, CliInput input, TextWriter output, TextWriter error)
    {
        var path = AccountsFile.PathIn(new BridgeEnvironment(command.ConfigDirectory));
        try
        {
            using var held = args.Action == UserArguments.List ? null : AccountsFile.Lock(path);
            var accounts = AccountsFile.Read(path).ToList();
            return args.Action switch
            {
                UserArguments.Add => await AddAsync(path, accounts, args, input, output, error),
                UserArguments.Reset => await ResetAsync(path, accounts, args, input, output, error),
                UserArguments.Remove => await RemoveAsync(path, accounts, args, output, error),
                _ => await ListAsync(path, accounts, output),
            };
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync($"{ex.Message} Nothing was changed; mend the file or move it aside.");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"Cannot use the accounts file {path}: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> AddAsync(string path, List<LocalAccount> accounts, UserArguments args, CliInput input, TextWriter output, TextWriter error)
    {
        if (accounts.FirstOrDefault(a => a.IsNamed(args.Name)) is { } existing)
        {
            await error.WriteLineAsync($"There is an account named '{existing.Name}' already; bridge user reset {existing.Name} sets a new password.");
            return 1;
        }

        var password = await PasswordAsync(args, input, output, error);
        if (password is null)
        {
            return 1;
        }

        var now = TimeProvider.System.GetUtcNow();
        var account = new LocalAccount
        {
            Name = args.Name,
            Email = args.Email,
            Role = args.Role!.Value,
            PasswordHash = AccountPasswords.Hash(password),
            CreatedAt = now,
            ChangedAt = now,
            ChangedBy = Environment.UserName,
        };
        AccountsFile.Write(path, [.. accounts, account]);
        await output.WriteLineAsync($"Added {AccessRoles.Name(account.Role)} account '{account.Name}'{(account.Email is null ? "" : $" ({account.Email})")} to {path}.");
        return 0;
    }

    private static async Task<int> ResetAsync(string path, List<LocalAccount> accounts, UserArguments args, CliInput input, TextWriter output, TextWriter error)
    {
        var index = await IndexOfAsync(path, accounts, args.Name, error);
        if (index < 0)
        {
            return 1;
        }

        var password = await PasswordAsync(args, input, output, error);
        if (password is null)
        {
            return 1;
        }

        var now = TimeProvider.System.GetUtcNow();
        accounts[index] = accounts[index] with
        {
            PasswordHash = AccountPasswords.Hash(password),
            ChangedAt = now,
            ChangedBy = Environment.UserName,
            LockoutClearedAt = now,
        };
        AccountsFile.Write(path, accounts);
        await output.WriteLineAsync($"New password set for '{accounts[index].Name}'; a lockout it had is over.");
        return 0;
    }

    private static async Task<int> RemoveAsync(string path, List<LocalAccount> accounts, UserArguments args, TextWriter output, TextWriter error)
    {
        var index = await IndexOfAsync(path, accounts, args.Name, error);
        if (index < 0)
        {
            return 1;
        }

        var removed = accounts[index];
        accounts.RemoveAt(index);
        AccountsFile.Write(path, accounts);
        await output.WriteLineAsync($"Removed account '{removed.Name}'; it signs in no more (a browser signed in with it is refused at its next request).");
        return 0;
    }

    private static async Task<int> ListAsync(string path, List<LocalAccount> accounts, TextWriter output)
    {
        if (accounts.Count == 0)
        {
            await output.WriteLineAsync($"No built-in accounts in {path} (bridge user add NAME --role ROLE adds one).");
            return 0;
        }

        await output.WriteLineAsync($"Built-in accounts in {path} ({accounts.Count}):");
        string[][] rows =
        [
            ["NAME", "ROLE", "EMAIL", "CREATED", "CHANGED"],
            .. accounts.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).Select(a => new[]
            {
                a.Name,
                AccessRoles.Name(a.Role),
                a.Email ?? "-",
                Instant(a.CreatedAt),
                Instant(a.ChangedAt) + (a.ChangedBy.Length > 0 ? " by " + a.ChangedBy : ""),
            }),
        ];
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))));
        }

        return 0;
    }

    private static async Task<int> IndexOfAsync(string path, List<LocalAccount> accounts, string name, TextWriter error)
    {
        var index = accounts.FindIndex(a => a.IsNamed(name));
        if (index < 0)
        {
            var names = accounts.Count == 0 ? "it has none" : "it has " + string.Join(", ", accounts.Select(a => a.Name));
            await error.WriteLineAsync($"No account named '{name}' in {path} ({names}).");
        }

        return index;
    }

    /// <summary>The new password, or null once it has said why there is none (nothing is then changed).</summary>
    private static async Task<string?> PasswordAsync(UserArguments args, CliInput input, TextWriter output, TextWriter error)
    {
        string? password;
        if (args.PasswordStdin || input.IsRedirected)
        {
            password = input.ReadLine();
            if (password is null)
            {
                await error.WriteLineAsync("No password on standard input (one line is read). Nothing was changed.");
                return null;
            }
        }
        else
        {
            password = input.ReadSecret(output, "Password: ");
            var again = input.ReadSecret(output, "Password again: ");
            if (!string.Equals(password, again, StringComparison.Ordinal))
            {
                await error.WriteLineAsync("The two passwords are not the same. Nothing was changed.");
                return null;
            }
        }

        if (AccountRules.PasswordProblem(password ?? "") is { } problem)
        {
            await error.WriteLineAsync($"Refused: {problem}. Nothing was changed.");
            return null;
        }

        return password;
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

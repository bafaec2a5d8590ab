using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// The accounts of <c>accounts.json</c> as the service sees them: read again when the file's last-write time or size has
/// changed since the last look (one look per sign-in), so <c>bridge user …</c> takes effect without a restart. A file that
/// cannot be read is logged once per version and signs nobody in until it is mended.
/// </summary>
internal sealed class LocalAccounts(BridgeEnvironment environment, ConfiguredModel<OnCallModel> onCall, ILogger<LocalAccounts> logger)
{
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;

    public string FilePath { get; } = AccountsFile.PathIn(environment);

    /// <exception cref="InvalidDataException">The file cannot be read; the message names it and what is wrong.</exception>
    public IReadOnlyList<LocalAccount> All() => Current().Accounts();

    /// <inheritdoc cref="All"/>
    public LocalAccount? Find(string name) => All().FirstOrDefault(a => a.IsNamed(name));

    /// <summary>
    /// The on-call member identifier (<c>OnCall:People</c>) <paramref name="account"/> is: the person with an e-mail contact
    /// at the account's e-mail, else the person whose member identifier is the account's name; null when neither.
    /// </summary>
    public string? MemberOf(LocalAccount account) => MemberOf(account, onCall.Current);

    internal static string? MemberOf(LocalAccount account, OnCallModel model)
    {
        var people = model.People.Values;
        var byEmail = account.Email is { } email
            ? people.FirstOrDefault(p => p.Contacts.Any(c => c.Kind == ContactKind.Email && string.Equals(c.Address.Trim(), email, StringComparison.OrdinalIgnoreCase)))
            : null;
        return (byEmail ?? people.FirstOrDefault(p => string.Equals(p.Member, account.Name, StringComparison.OrdinalIgnoreCase)))?.Member;
    }

    private Snapshot Current()
    {
        var file = new FileInfo(FilePath);
        var stamp = file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1L);
        var seen = Volatile.Read(ref _snapshot);
        if (seen is not null && seen.Stamp == stamp)
        {
            return seen;
        }

        lock (_gate)
        {
            if (_snapshot is { } again && again.Stamp == stamp)
            {
                return again;
            }

            Snapshot read;
            try
            {
                var accounts = AccountsFile.Read(FilePath);
                read = new Snapshot(stamp, accounts, null);
                AccountsLog.FileRead(logger, FilePath, accounts.Count);
            }
            catch (InvalidDataException ex)
            {
                read = new Snapshot(stamp, [], ex.Message);
                AccountsLog.FileUnreadable(logger, ex.Message);
            }

            Volatile.Write(ref _snapshot, read);
            return read;
        }
    }

    private sealed record Snapshot((DateTime Written, long Length) Stamp, IReadOnlyList<LocalAccount> Read, string? Problem)
    {
        public IReadOnlyList<LocalAccount> Accounts() => Problem is null ? Read : throw new InvalidDataException(Problem);
    }
}

using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Bridge.Worker.OnCall;
using Bridge.Worker.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Support;

/// <summary>
/// A configuration directory with an <c>accounts.json</c> and a real state file, and <see cref="LocalSignIn"/> over them on a
/// fake clock. <see cref="Reopen"/> closes the state file and opens it again, as a restart does.
/// </summary>
internal sealed class AccountsFixture : IDisposable
{
    public const string Password = "correct horse battery";

    private readonly TempDirectory _dir = new();
    private BridgeDatabase _database;

    public AccountsFixture(LocalAccountOptions? options = null, OnCallOptions? onCall = null)
    {
        Options = options ?? new LocalAccountOptions();
        OnCall = onCall is null ? OnCallModel.Empty : OnCallFixtures.Compile(onCall);
        _database = Open();
        SignIn = Create();
    }

    // Real time at the start, so that what the CLI stamps with the system clock comes after what this clock saw.
    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public LocalAccountOptions Options { get; }

    public OnCallModel OnCall { get; }

    public string ConfigDirectory => _dir.Path;

    public string FilePath => _dir.File(AccountsFile.FileName);

    public LocalSignIn SignIn { get; private set; }

    public LocalAccounts Accounts { get; private set; } = null!;

    public static LocalAccount Account(string name, AccessRole role = AccessRole.Dispatcher, string? email = null, string password = Password) => new()
    {
        Name = name,
        Email = email,
        Role = role,
        PasswordHash = AccountPasswords.Hash(password),
        CreatedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
        ChangedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero),
        ChangedBy = "root",
    };

    public void Write(params LocalAccount[] accounts) => AccountsFile.Write(FilePath, accounts);

    public void Reopen()
    {
        _database.Dispose();
        _database = Open();
        SignIn = Create();
    }

    public void Dispose()
    {
        _database.Dispose();
        _dir.Dispose();
    }

    private BridgeDatabase Open()
    {
        var database = new BridgeDatabase(_dir.File("data/bridge.db"), durable: false, Time, NullLogger<BridgeDatabase>.Instance);
        database.Write(() => new LockoutStore(database).Prepare());
        return database;
    }

    private LocalSignIn Create()
    {
        Accounts = new LocalAccounts(new BridgeEnvironment(_dir.Path), ConfiguredModel<OnCallModel>.Fixed(OnCall), NullLogger<LocalAccounts>.Instance);
        return new LocalSignIn(Accounts, new LockoutStore(_database), new TestOptionsMonitor<LocalAccountOptions>(Options), Time, NullLogger<LocalSignIn>.Instance);
    }
}

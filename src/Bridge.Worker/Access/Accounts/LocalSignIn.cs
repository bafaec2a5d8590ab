using Bridge.Worker.Kernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// Checks a name and password against the built-in accounts. A name that is no account costs the same hash verification
/// as one that is (against a hash made at start), so the time taken does not tell which names exist. After
/// <c>Access:Local:LockoutAfter</c> failures in a row a name is locked out for <c>Access:Local:LockoutFor</c>; a success
/// clears its count. The counts are in the state file; <c>bridge user reset</c> clears them through the account's
/// <see cref="LocalAccount.LockoutClearedAt"/>, since the CLI may not write the state file the service holds.
/// </summary>
internal sealed class LocalSignIn
{
    private readonly LocalAccounts _accounts;
    private readonly LockoutStore _lockouts;
    private readonly IOptionsMonitor<LocalAccountOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalSignIn> _logger;
    private readonly Lock _gate = new();
    private readonly string _dummyHash = AccountPasswords.Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));

    public LocalSignIn(LocalAccounts accounts, LockoutStore lockouts, IOptionsMonitor<LocalAccountOptions> options, TimeProvider time, ILogger<LocalSignIn> logger)
    {
        _accounts = accounts;
        _lockouts = lockouts;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public bool Enabled => _options.CurrentValue.Enabled;

    public LocalSignInResult Check(string name, string password)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(password);
        var options = _options.CurrentValue;
        var shown = name.Length > AccountRules.MaxNameLength ? name[..AccountRules.MaxNameLength] : name;
        if (!options.Enabled)
        {
            AccountsLog.Disabled(_logger, shown);
            return new LocalSignInResult(LocalSignInOutcome.Unavailable);
        }

        LocalAccount? account;
        try
        {
            account = _accounts.Find(name);
        }
        catch (InvalidDataException)
        {
            // Logged by LocalAccounts, once for the file as it is.
            return new LocalSignInResult(LocalSignInOutcome.Unavailable);
        }

        // A name no account could have is never stored: nothing to count it under.
        var counted = AccountRules.NameProblem(name) is null;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var lockout = counted ? _lockouts.Get(name) : null;
            if (lockout is not null && lockout.IsLocked(now, account?.LockoutClearedAt))
            {
                AccountsLog.StillLockedOut(_logger, shown, lockout.LockedUntil!.Value);
                return new LocalSignInResult(LocalSignInOutcome.LockedOut, LockedUntil: lockout.LockedUntil);
            }

            var verified = AccountPasswords.Verify(account?.PasswordHash ?? _dummyHash, password);
            if (account is not null && verified != PasswordVerificationResult.Failed)
            {
                return SignedIn(account, lockout, verified);
            }

            return counted ? Failed(name, shown, account, lockout, now, options) : new LocalSignInResult(LocalSignInOutcome.Unknown);
        }
    }

    private LocalSignInResult SignedIn(LocalAccount account, AccountLockout? lockout, PasswordVerificationResult verified)
    {
        if (lockout is not null)
        {
            _lockouts.Clear(account.Name);
        }

        if (verified == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // The file is the CLI's: the service accepts the older hash and leaves the file alone.
            AccountsLog.RehashNeeded(_logger, account.Name);
        }

        var member = _accounts.MemberOf(account);
        AccountsLog.SignedIn(_logger, account.Name, AccessRoles.Name(account.Role), member ?? "none");
        return new LocalSignInResult(LocalSignInOutcome.Ok, account, member);
    }

    private LocalSignInResult Failed(string name, string shown, LocalAccount? account, AccountLockout? lockout, DateTimeOffset now, LocalAccountOptions options)
    {
        var cleared = account?.LockoutClearedAt;
        var record = lockout ?? new AccountLockout { Id = LockoutStore.KeyOf(name) };
        record.Failures = [.. record.Failures.Where(f => cleared is null || f > cleared).TakeLast(options.LockoutAfter - 1), now];
        var failures = record.Failures.Count;
        if (failures >= options.LockoutAfter)
        {
            record.Failures = [];
            record.LockedAt = now;
            record.LockedUntil = now + options.LockoutFor;
            _lockouts.Save(record);
            AccountsLog.LockedOut(_logger, shown, record.LockedUntil.Value, failures);
            return new LocalSignInResult(LocalSignInOutcome.LockedOut, LockedUntil: record.LockedUntil);
        }

        _lockouts.Save(record);
        if (account is null)
        {
            AccountsLog.UnknownAccount(_logger, shown, failures, options.LockoutAfter);
            return new LocalSignInResult(LocalSignInOutcome.Unknown);
        }

        AccountsLog.WrongPassword(_logger, shown, failures, options.LockoutAfter);
        return new LocalSignInResult(LocalSignInOutcome.Wrong);
    }
}

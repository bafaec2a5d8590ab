namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// The failed sign-ins of one account name (collection <c>access_lockouts</c>; <see cref="Id"/> is the name in lower case),
/// kept in the state file so that a restart does not give an attacker a fresh count. Names that are no account are counted
/// too: a lockout then says nothing about which names exist.
/// </summary>
internal sealed class AccountLockout
{
    public string Id { get; set; } = "";

    /// <summary>When each failure since the last lockout or success happened, oldest first (at most as many as lock it).</summary>
    public List<DateTimeOffset> Failures { get; set; } = [];

    public DateTimeOffset? LockedAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>Failures after <paramref name="clearedAt"/> (<c>bridge user reset</c>): the ones before it no longer count.</summary>
    public int CountedSince(DateTimeOffset? clearedAt) => Failures.Count(f => clearedAt is null || f > clearedAt);

    /// <summary>Locked at <paramref name="now"/>, unless the lock ended or was cleared after it began.</summary>
    public bool IsLocked(DateTimeOffset now, DateTimeOffset? clearedAt) =>
        LockedUntil > now && !(clearedAt >= LockedAt);
}

namespace Bridge.Worker.Access.Accounts;

/// <summary>Built-in accounts' events, EventIds 9700–9719. Never a password or a hash; a name as typed at sign-in is cut to its first 64 characters.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 9700, Level = LogLevel.Information, Message = "Built-in accounts: {Count} in {Path}")]
    public static partial void FileRead(ILogger logger, string path, int count);

    [LoggerMessage(EventId = 9701, Level = LogLevel.Error, Message = "Built-in accounts cannot sign anybody in until the file is mended: {Problem}")]
    public static partial void FileUnreadable(ILogger logger, string problem);

    [LoggerMessage(EventId = 9702, Level = LogLevel.Information, Message = "Signed in {Account} (built-in account, role {Role}, on-call member {Member})")]
    public static partial void SignedIn(ILogger logger, string account, string role, string member);

    [LoggerMessage(EventId = 9703, Level = LogLevel.Warning, Message = "Sign-in refused for {Account}: wrong password ({Failures} of {LockoutAfter} before a lockout)")]
    public static partial void WrongPassword(ILogger logger, string account, int failures, int lockoutAfter);

    [LoggerMessage(EventId = 9704, Level = LogLevel.Warning, Message = "Sign-in refused for {Account}: no such built-in account ({Failures} of {LockoutAfter} before a lockout)")]
    public static partial void UnknownAccount(ILogger logger, string account, int failures, int lockoutAfter);

    [LoggerMessage(EventId = 9705, Level = LogLevel.Warning, Message = "Sign-in locked out for {Account} until {Until} after {Failures} failed attempts")]
    public static partial void LockedOut(ILogger logger, string account, DateTimeOffset until, int failures);

    [LoggerMessage(EventId = 9706, Level = LogLevel.Warning, Message = "Sign-in refused for {Account}: locked out until {Until}")]
    public static partial void StillLockedOut(ILogger logger, string account, DateTimeOffset until);

    [LoggerMessage(EventId = 9707, Level = LogLevel.Information, Message = "The password hash of {Account} is in an older format; a new password set with bridge user reset on the machine renews it")]
    public static partial void RehashNeeded(ILogger logger, string account);

    [LoggerMessage(EventId = 9708, Level = LogLevel.Warning, Message = "Sign-in refused for {Account}: built-in accounts are turned off (Access:Local:Enabled)")]
    public static partial void Disabled(ILogger logger, string account);
}

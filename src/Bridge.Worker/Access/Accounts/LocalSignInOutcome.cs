namespace Bridge.Worker.Access.Accounts;

/// <summary>How a sign-in with a built-in account ended.</summary>
internal enum LocalSignInOutcome
{
    /// <summary>The password is the account's.</summary>
    Ok,

    /// <summary>The account exists and the password is not its.</summary>
    Wrong,

    /// <summary>Too many failures: nobody signs in with this name until the lockout ends (or <c>bridge user reset</c>).</summary>
    LockedOut,

    /// <summary>No account has this name. Say the same to the person as for <see cref="Wrong"/>.</summary>
    Unknown,

    /// <summary>Built-in accounts are turned off, or <c>accounts.json</c> cannot be read (the log says why).</summary>
    Unavailable,
}

using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// One built-in account of <c>accounts.json</c>, for installs without an identity provider. The file is the CLI's
/// (<c>bridge user …</c>, run on the machine's console); the service only reads it. <see cref="PasswordHash"/> is ASP.NET
/// Core Identity's hash and is never shown, logged or sent. <see cref="LockoutClearedAt"/>: failed sign-ins before this
/// instant no longer count (set by <c>bridge user reset</c>, since the lockout counters are in the service's state file).
/// </summary>
internal sealed record LocalAccount
{
    public required string Name { get; init; }

    public string? Email { get; init; }

    public required AccessRole Role { get; init; }

    public required string PasswordHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    /// <summary>The OS user who ran the CLI for the last change.</summary>
    public string ChangedBy { get; init; } = "";

    public DateTimeOffset? LockoutClearedAt { get; init; }

    public bool IsNamed(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}

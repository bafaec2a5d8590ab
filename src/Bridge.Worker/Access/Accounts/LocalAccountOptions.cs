using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// Section <c>Access:Local</c>: the built-in accounts of <c>accounts.json</c> (kept with <c>bridge user …</c>), for installs
/// without an identity provider, and how failed sign-ins lock an account out.
/// </summary>
public sealed class LocalAccountOptions
{
    public const string SectionName = "Access:Local";

    /// <summary>Off: nobody signs in with a built-in account, whatever the file holds.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Failed sign-ins in a row (per account name) that lock it out.</summary>
    [Range(1, 100)]
    public int LockoutAfter { get; set; } = 5;

    /// <summary>How long a lockout lasts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutFor { get; set; } = TimeSpan.FromMinutes(15);
}

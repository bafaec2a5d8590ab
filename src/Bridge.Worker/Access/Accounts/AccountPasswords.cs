using Microsoft.AspNetCore.Identity;

namespace Bridge.Worker.Access.Accounts;

/// <summary>
/// ASP.NET Core Identity's password hasher (PBKDF2, salted, its format versioned in the hash), shared by the CLI that
/// writes hashes and the service that checks them, so both use the same settings.
/// </summary>
internal static class AccountPasswords
{
    private static readonly PasswordHasher<LocalAccount> Hasher = new();

    // The hasher ignores the user; one placeholder serves every call.
    private static readonly LocalAccount Nobody = new() { Name = "-", Role = Kernel.AccessRole.Technician, PasswordHash = "" };

    public static string Hash(string password) => Hasher.HashPassword(Nobody, password);

    public static PasswordVerificationResult Verify(string hash, string password) => Hasher.VerifyHashedPassword(Nobody, hash, password);

    /// <summary>Base64 in one of Identity's formats (0x00: v2, 0x01: v3); checked when the file is read, so a bad hash is named there.</summary>
    public static bool LooksLikeHash(string hash)
    {
        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 1 && bytes[0] is 0x00 or 0x01;
    }
}

namespace Bridge.Worker.Access.Accounts;

/// <summary>What a built-in account's name, e-mail and password must be; each check answers the problem in words, or null.</summary>
internal static class AccountRules
{
    public const int MaxNameLength = 64;

    public const int MinPasswordLength = 12;

    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "an account needs a name";
        }

        if (name.Length > MaxNameLength)
        {
            return $"the name '{name[..MaxNameLength]}…' is longer than {MaxNameLength} characters";
        }

        return name.All(IsNameCharacter)
            ? null
            : $"the name '{name}' may hold only letters, digits and . _ @ -";
    }

    public static string? EmailProblem(string? email)
    {
        if (email is null)
        {
            return null;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace)
            ? null
            : $"the e-mail '{email}' is not an address like name@example.com";
    }

    /// <summary>Says nothing of the password itself, so the answer can be printed.</summary>
    public static string? PasswordProblem(string password) =>
        password.Length < MinPasswordLength
            ? $"the password must be at least {MinPasswordLength} characters"
            : null;

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '@' or '-';
}

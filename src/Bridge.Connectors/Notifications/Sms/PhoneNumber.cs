namespace Bridge.Connectors.Notifications.Sms;

/// <summary>Phone numbers as the gateway and the reply lookup see them: formatting characters removed.</summary>
public static class PhoneNumber
{
    /// <summary>Removes spaces, dashes, dots and parentheses (<c>+1 (555) 010-0200</c> → <c>+15550100200</c>).</summary>
    /// <param name="number">A phone number as written in configuration or posted by the gateway.</param>
    /// <returns>The normalized number.</returns>
    public static string Normalize(string? number) =>
        new((number ?? "").Where(c => c is not (' ' or '-' or '.' or '(' or ')')).ToArray());

    /// <summary>True for an optional leading <c>+</c> followed by 3 to 15 digits.</summary>
    /// <param name="normalized">A normalized number.</param>
    /// <returns>Whether it looks like a phone number.</returns>
    public static bool IsValid(string normalized)
    {
        var digits = normalized.StartsWith('+') ? normalized[1..] : normalized;
        return digits.Length is >= 3 and <= 15 && digits.All(char.IsAsciiDigit);
    }
}

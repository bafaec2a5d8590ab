namespace Bridge.Sandbox.Conditions;

/// <summary>
/// <c>like</c> matching: <c>*</c> (and, as SQL users expect, <c>%</c>) stand for any run of characters;
/// everything else matches itself, ignoring case.
/// </summary>
internal static class WildcardMatcher
{
    public static bool IsMatch(string value, string pattern)
    {
        int v = 0, p = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && IsWildcard(pattern[p]))
            {
                starP = p++;
                starV = v;
            }
            else if (p < pattern.Length && char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(value[v]))
            {
                p++;
                v++;
            }
            else if (starP >= 0)
            {
                // Let the last wildcard swallow one more character and retry from there.
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && IsWildcard(pattern[p]))
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static bool IsWildcard(char c) => c is '*' or '%';
}

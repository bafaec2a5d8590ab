namespace Bridge.Worker.Access;

/// <summary>Where a sign-in may send the browser afterwards: a path on this bridge, never another host.</summary>
internal static class ReturnUrl
{
    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048)
        {
            return "/";
        }

        // "/x" only: not "//host" or "/\host" (both leave the site in a browser), not "http://…", no control characters.
        var local = returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl);
        return local ? returnUrl : "/";
    }
}

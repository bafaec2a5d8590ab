using Bridge.Worker.Kernel;

namespace Bridge.Worker.Access;

/// <summary>The sign-in page and the refusals: self-contained HTML, no script.</summary>
internal static class AccessPages
{
    private const string Css = """
        *{box-sizing:border-box}body{margin:0;background:#f3f5f8;color:#17202b;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
        @media (prefers-color-scheme:dark){body{background:#0e131a;color:#e6ebf1}.card{background:#161d26!important;border-color:#263140!important}}
        main{max-width:26rem;margin:3rem auto;padding:1rem}.card{background:#fff;border:1px solid #e2e6ec;border-radius:.6rem;padding:1.1rem 1.2rem;margin-bottom:1rem}
        h1{font-size:1.3rem;margin:.1rem 0 .8rem}label{display:block;margin:.6rem 0 .2rem}input{width:100%;font:inherit;padding:.55rem;border:1px solid #8d99a8;border-radius:.4rem}
        button,.button{display:block;width:100%;margin-top:1rem;font:inherit;font-weight:700;padding:.75rem;border-radius:.5rem;border:0;background:#0b63c5;color:#fff;text-align:center;text-decoration:none;cursor:pointer}
        .refused{border-left:.35rem solid #c4231c}.error{color:#a4161a;font-weight:600}
        """;

    /// <param name="antiforgery">The antiforgery field's name and value for the form.</param>
    /// <param name="provider">The OpenID Connect provider's display name, when one is configured.</param>
    /// <param name="localAccounts">Whether built-in accounts may sign in.</param>
    public static string SignIn(string returnUrl, (string Name, string Value) antiforgery, string? provider, bool localAccounts, string? error) =>
        Document("Sign in · Bridge", HtmlWriter.Build(html =>
        {
            html.Append($"<section class=\"card\"><h1>Sign in to Bridge</h1>");
            if (error is not null)
            {
                html.Append($"<p class=\"error\" id=\"error\" role=\"alert\">{error}</p>");
            }

            if (provider is not null)
            {
                html.Append($"<a class=\"button\" id=\"provider\" href=\"{SignInPathWith("/signin/oidc", returnUrl)}\">Sign in with {provider}</a>");
            }

            if (localAccounts)
            {
                html.Append($"<form method=\"post\" action=\"{SignInPathWith(AccessChallenge.SignInPath, returnUrl)}\">");
                html.Append($"<input type=\"hidden\" name=\"{antiforgery.Name}\" value=\"{antiforgery.Value}\">");
                html.Append($"<label for=\"username\">User name</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required maxlength=\"64\">");
                html.Append($"<label for=\"password\">Password</label><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"256\">");
                html.Append($"<button id=\"signin\">Sign in</button></form>");
            }

            if (provider is null && !localAccounts)
            {
                html.Append($"<p>No way to sign in is configured. An admin on this machine can create an account with <code>bridge user add NAME --role admin</code>.</p>");
            }

            html.Append($"</section>");
        }));

    public static string Refused(string title, string text) =>
        Document(title + " · Bridge", HtmlWriter.Build(html => html.Append($"<section class=\"card refused\"><h1>{title}</h1><p>{text}</p><p><a href=\"/me\">Your shifts and pages</a> · <a href=\"/\">the status page</a></p></section>")));

    private static string SignInPathWith(string path, string returnUrl) => path + "?returnUrl=" + Uri.EscapeDataString(returnUrl);

    private static string Document(string title, HtmlFragment body) =>
        HtmlWriter.Build(html => html.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\"><title>{title}</title><style>{new HtmlFragment(Css)}</style></head><body><main>{body}</main></body></html>")).Markup;
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bridge.Integration.Tests.Access;

/// <summary>
/// A person's browser against the bridge: keeps cookies, follows no redirect, and signs a built-in account in the way the
/// sign-in page does (GET the form, post its hidden antiforgery field with the name and password).
/// </summary>
internal sealed partial class SignInBrowser : IDisposable
{
    public const string FormField = "__bridge_antiforgery";

    public SignInBrowser(int port)
    {
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Http { get; }

    /// <summary>Every antiforgery value this browser was handed (the forms' fields), for checking that none was logged.</summary>
    public List<string> FormTokens { get; } = [];

    public string? Cookie(string name) => Cookies.GetCookies(BaseAddress)[name]?.Value;

    /// <summary>The sign-in form's antiforgery value (and its cookie, kept in <see cref="Cookies"/>).</summary>
    public async Task<string> FormTokenAsync()
    {
        var page = await Http.GetStringAsync("/signin");
        var token = HiddenField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["value"].Value)
            : throw new InvalidOperationException($"The sign-in page has no {FormField} field:\n{page}");
        FormTokens.Add(token);
        return token;
    }

    /// <summary>Posts the sign-in form as the page would; <paramref name="returnUrl"/> goes into the action's query as given.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string name, string password, string? returnUrl = null)
    {
        var token = await FormTokenAsync();
        var action = returnUrl is null ? "/signin" : "/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);
        return await Http.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [FormField] = token,
            ["username"] = name,
            ["password"] = password,
        }));
    }

    /// <summary>Signs in and fails unless the bridge answered with the redirect a successful sign-in gets.</summary>
    public async Task SignInOrFailAsync(string name, string password)
    {
        var answer = await SignInAsync(name, password);
        if (answer.StatusCode != HttpStatusCode.Redirect || Cookie("bridge-session") is null)
        {
            throw new InvalidOperationException($"Signing {name} in answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A signed-in person's antiforgery header and token, from <c>GET /signin/antiforgery</c>.</summary>
    public async Task<(string Header, string Token)> ChangeTokenAsync()
    {
        var answer = JsonDocument.Parse(await Http.GetStringAsync("/signin/antiforgery")).RootElement;
        var token = answer.GetProperty("token").GetString()!;
        FormTokens.Add(token);
        return (answer.GetProperty("header").GetString()!, token);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"" + FormField + "\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex HiddenField();
}

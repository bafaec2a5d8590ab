using System.Net;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Access;

/// <summary>
/// A technician's own page through the real host: Beatriz (a built-in technician account whose e-mail is her contact in
/// OnCall:People) lands on /me after signing in, sees her next shift in her own zone, may not open the status page, and
/// signs out with the page's form.
/// </summary>
public sealed class MyPageTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 17, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private SandboxServer _sandbox = null!;
    private IngestHost _host = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        _host = await IngestHost.StartAsync(_sandbox, _dir,
            configureServices: services => services.AddSingleton<TimeProvider>(_clock),
            prepare: dir =>
            {
                OnCallConfig.AddTo(dir);
                AccountsFile.Write(Path.Combine(dir.Path, AccountsFile.FileName),
                [
                    Account("beatriz", AccessRole.Technician, "bruiz@bridgedemo.example"),
                    Account("temp", AccessRole.Technician, null),
                ]);
            });
    }

    [Fact]
    public async Task Technician_LandsOnTheirPage_SeesTheirShift_IsRefusedTheStatusPage_AndSignsOut()
    {
        using var browser = new SignInBrowser(_host.Port);

        var signedIn = await browser.SignInAsync("beatriz", Password);
        var me = await browser.Http.GetStringAsync("/me");
        var status = await browser.Http.GetAsync("/");
        var form = FormToken(me);
        var signedOut = await browser.Http.PostAsync("/signout", new FormUrlEncodedContent([new(SignInBrowser.FormField, form)]));
        var after = await browser.Http.GetAsync("/me");

        Assert.Equal("/me", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("Beatriz Ruiz", me, StringComparison.Ordinal);
        Assert.Contains("Times in America/New_York", me, StringComparison.Ordinal);
        // Her week starts Monday 17 March 08:00 New York; the first covered stretch begins at 17:00.
        Assert.Contains("<tr><td>after-hours</td><td>Mon 17 Mar 17:00</td>", me, StringComparison.Ordinal);
        Assert.DoesNotContain("Mon 10 Mar", me, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status.StatusCode);
        Assert.Contains("href=\"/me\"", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, "/signin"), (signedOut.StatusCode, signedOut.Headers.Location?.OriginalString));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task SignedInPersonNotOnCall_IsToldHowToBecomeOne()
    {
        using var browser = new SignInBrowser(_host.Port);
        await browser.SignInOrFailAsync("temp", Password);

        var me = await browser.Http.GetStringAsync("/me");

        Assert.Contains("id=\"not-on-call\"", me, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"shifts\"", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountRemovedFromTheFile_ItsCookieStopsWorkingAtTheNextRequest()
    {
        using var browser = new SignInBrowser(_host.Port);
        await browser.SignInOrFailAsync("beatriz", Password);
        var before = await browser.Http.GetAsync("/me");

        AccountsFile.Write(Path.Combine(_dir.Path, AccountsFile.FileName), [Account("temp", AccessRole.Technician, null)]);
        var after = await browser.Http.GetAsync("/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/signin", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private static string FormToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"" + SignInBrowser.FormField + "\" value=\"(?<v>[^\"]+)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["v"].Value)
            : throw new InvalidOperationException("No sign-out form token on the page:\n" + page);

    private static LocalAccount Account(string name, AccessRole role, string? email) => new()
    {
        Name = name,
        Email = email,
        Role = role,
        PasswordHash = AccountPasswords.Hash(Password),
        CreatedAt = Now.AddDays(-30),
        ChangedAt = Now.AddDays(-30),
        ChangedBy = "root",
    };

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Integration.Tests.Access;

/// <summary>
/// What a caller gets for bad input at the bridge's door, through the real host on loopback: each attempt is refused
/// with an answer that says why, and nothing is changed; nothing secret reaches the log or the audit trail.
/// </summary>
public sealed class AccessBadInputTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private const string Viewer = "vera";
    private const string Dispatcher = "dana";
    private static readonly DateTimeOffset Now = new(2025, 3, 5, 17, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private SandboxServer _sandbox = null!;
    private IngestHost? _host;

    private IngestHost Host => _host ?? throw new InvalidOperationException("Start the host first.");

    public async Task InitializeAsync() =>
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });

    [Fact]
    public async Task SignIn_BuiltInViewer_SeesViewerPages_AndIsRefusedAnAdminOne_NamingTheRole()
    {
        await StartAsync();
        using var browser = Browser();

        var signedIn = await browser.SignInAsync(Viewer, Password);
        var status = await browser.Http.GetAsync("/");
        var onCall = await browser.Http.GetAsync("/oncall");
        var config = await browser.Http.GetAsync("/config/status");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("text/html", status.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, onCall.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, config.StatusCode);
        Assert.Equal("application/json", config.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Your role (viewer) may not do this; it needs admin.", await ErrorOf(config));
    }

    [Fact]
    public async Task ForgedSessionCookie_IsRefused_401OnAnApi_SignInOnAPage()
    {
        await StartAsync();
        using var forger = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{Host.Port}/") };
        forger.DefaultRequestHeaders.Add("Cookie", "bridge-session=garbage");

        var api = await forger.GetAsync("/oncall");
        var page = await forger.GetAsync("/");

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Sign in", await ErrorOf(api), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=%2F", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ExpiredSessionCookie_PastTheSessionLifetime_IsRefused()
    {
        await StartAsync(new() { ["Access:SessionLifetime"] = "01:00:00" });
        using var browser = Browser();
        await browser.SignInOrFailAsync(Viewer, Password);

        var fresh = await browser.Http.GetAsync("/oncall");
        _clock.Advance(TimeSpan.FromMinutes(61));
        var api = await browser.Http.GetAsync("/oncall");
        var page = await browser.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.NotNull(browser.Cookie("bridge-session")); // still sent: the expiry inside the ticket is what refuses it
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?returnUrl=%2F", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CookieChange_WithoutTheAntiforgeryToken_Answers400AndStoresNothing_WithIt201()
    {
        await StartAsync();
        using var browser = Browser();
        await browser.SignInOrFailAsync(Dispatcher, Password);
        var path = $"/oncall/{OnCallConfig.Schedule}/overrides";
        object Override() => new { person = "anguyen", @for = "cokafor", from = "2025-03-05 18:00", to = "2025-03-06 06:00", note = "swap" };

        var bare = await browser.Http.PostAsJsonAsync(path, Override());
        var afterBare = await OverridesAsync(browser);
        var (header, token) = await browser.ChangeTokenAsync();
        using var wrongToken = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Override()) };
        wrongToken.Headers.Add(header, "not-" + token);
        var forged = await browser.Http.SendAsync(wrongToken);
        using var carried = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Override()) };
        carried.Headers.Add(header, token);
        var created = await browser.Http.SendAsync(carried);

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal("The antiforgery token is missing or does not match: reload the page and try again. Nothing was changed.", await ErrorOf(bare));
        Assert.Equal(0, afterBare);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("X-Bridge-Antiforgery", header);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(1, await OverridesAsync(browser));
        var entry = Assert.Single(await AuditAsync("?action=override."));
        Assert.Equal(Dispatcher, entry.GetProperty("actor").GetString());
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\\/evil.example/")]
    public async Task SignIn_ReturnUrlToAnotherHost_SendsTheBrowserHome(string returnUrl)
    {
        await StartAsync();
        using var browser = Browser();

        var away = await browser.SignInAsync(Viewer, Password, returnUrl);
        var form = await browser.Http.GetStringAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var local = await browser.SignInAsync(Viewer, Password, "/oncall?next=2");

        Assert.Equal(HttpStatusCode.Redirect, away.StatusCode);
        Assert.Equal("/", away.Headers.Location?.OriginalString);
        Assert.Contains("action=\"/signin?returnUrl=%2F\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", form, StringComparison.Ordinal);
        Assert.Equal("/oncall?next=2", local.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ForwardedHeader_FromAnUnlistedProxy_IsNotBelieved_MetricsAndStatusPageRefuse()
    {
        await StartAsync(new() { ["StatusPage:AllowedNetworks:0"] = "203.0.113.0/24" });

        var metricsDirect = await Host.Http.GetAsync("/metrics");
        var statusDirect = await Host.Http.GetAsync("/");
        var metricsForwarded = await Host.Http.SendAsync(Forwarded("/metrics", "203.0.113.9"));
        var statusForwarded = await Host.Http.SendAsync(Forwarded("/", "203.0.113.9"));
        var spoofedLoopback = await Host.Http.SendAsync(Forwarded("/metrics", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.OK, metricsDirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, statusDirect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, metricsForwarded.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, statusForwarded.StatusCode);
        Assert.Contains("Access:KnownProxies", await statusForwarded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, spoofedLoopback.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeader_FromAListedProxy_TheForwardedAddressIsTheCaller()
    {
        await StartAsync(new()
        {
            ["Access:KnownProxies:0"] = "127.0.0.1",
            ["StatusPage:AllowedNetworks:0"] = "203.0.113.0/24",
        });

        var statusAllowed = await Host.Http.SendAsync(Forwarded("/", "203.0.113.9"));
        var statusOutside = await Host.Http.SendAsync(Forwarded("/", "198.51.100.7"));
        var metricsForwarded = await Host.Http.SendAsync(Forwarded("/metrics", "203.0.113.9"));

        Assert.Equal(HttpStatusCode.OK, statusAllowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, statusOutside.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, metricsForwarded.StatusCode); // the caller is 203.0.113.9, not loopback
    }

    [Fact]
    public async Task WrongPasswords_LockTheAccountAtTheFifth_TheRightOneIsRefusedWhileLocked_AndNoSecretIsWritten()
    {
        await StartAsync(new() { ["Access:SignInAttemptsPerMinute"] = "100" });
        using var browser = Browser();
        var wrongPasswords = Enumerable.Range(1, 10).Select(i => $"Wr0ng-Secret-{i}-xyzzy").ToList();

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var wrong in wrongPasswords)
        {
            var answer = await browser.SignInAsync(Dispatcher, wrong);
            answers.Add((answer.StatusCode, await answer.Content.ReadAsStringAsync()));
        }

        var right = await browser.SignInAsync(Dispatcher, Password);
        var rightBody = await right.Content.ReadAsStringAsync();
        using var viewer = Browser();
        await viewer.SignInOrFailAsync(Viewer, Password);
        var (_, changeToken) = await viewer.ChangeTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await viewer.Http.GetAsync("/oncall")).StatusCode);

        Assert.All(answers.Take(4), a =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, a.Status);
            Assert.Contains("Wrong user name or password.", a.Body, StringComparison.Ordinal);
        });
        Assert.All(answers.Skip(4), a =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, a.Status);
            Assert.Contains("locked", a.Body, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("locked", rightBody, StringComparison.Ordinal);
        Assert.Null(browser.Cookie("bridge-session"));

        var audit = await Host.Http.GetStringAsync("/audit.json");
        var logged = LoggedText();
        Assert.Contains("signin.failed", audit, StringComparison.Ordinal);
        Assert.Contains(Dispatcher, logged, StringComparison.Ordinal);
        var secrets = new List<(string What, string Value)>
        {
            ("the right password", Password),
            ("the session cookie", viewer.Cookie("bridge-session")!),
            ("the antiforgery cookie", viewer.Cookie("bridge-antiforgery")!),
            ("the change token", changeToken),
            ("the console token", Host.ConsoleToken),
        };
        secrets.AddRange(wrongPasswords.Select(p => ("a wrong password", p)));
        secrets.AddRange(browser.FormTokens.Concat(viewer.FormTokens).Select(t => ("a form's antiforgery token", t)));
        foreach (var (what, value) in secrets)
        {
            Assert.False(string.IsNullOrEmpty(value), what);
            Assert.False(audit.Contains(value, StringComparison.Ordinal), $"The audit trail holds {what}.");
            Assert.False(logged.Contains(value, StringComparison.Ordinal), $"The log holds {what}.");
        }
    }

    [Fact]
    public async Task SignIn_TheEleventhAttemptWithinAMinute_Answers429()
    {
        await StartAsync();
        using var browser = Browser();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await browser.SignInAsync("nobody", "guess-" + i)).StatusCode);
        }

        var eleventh = await browser.SignInAsync(Viewer, Password);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode); // even the right password waits
        Assert.Contains("Too many sign-in attempts", await eleventh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(browser.Cookie("bridge-session"));
    }

    private async Task StartAsync(Dictionary<string, string?>? extra = null)
    {
        _host = await IngestHost.StartAsync(_sandbox, _dir,
            extra: extra,
            configureServices: services => services.AddSingleton<TimeProvider>(_clock),
            prepare: dir =>
            {
                OnCallConfig.AddTo(dir);
                AccountsFile.Write(Path.Combine(dir.Path, AccountsFile.FileName), [Account(Viewer, AccessRole.Viewer), Account(Dispatcher, AccessRole.Dispatcher)]);
            });
    }

    private static LocalAccount Account(string name, AccessRole role) => new()
    {
        Name = name,
        Role = role,
        PasswordHash = AccountPasswords.Hash(Password),
        CreatedAt = Now.AddDays(-30),
        ChangedAt = Now.AddDays(-30),
        ChangedBy = "root",
    };

    private SignInBrowser Browser() => new(Host.Port);

    private static HttpRequestMessage Forwarded(string path, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage answer) =>
        JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();

    private static async Task<int> OverridesAsync(SignInBrowser browser) =>
        JsonDocument.Parse(await browser.Http.GetStringAsync($"/oncall/{OnCallConfig.Schedule}/overrides")).RootElement.GetArrayLength();

    private async Task<List<JsonElement>> AuditAsync(string query) =>
        [.. JsonDocument.Parse(await Host.Http.GetStringAsync("/audit.json" + query)).RootElement.EnumerateArray()];

    private string LoggedText() => string.Concat(Directory.Exists(Host.LogDirectory)
        ? Directory.EnumerateFiles(Host.LogDirectory).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        })
        : []);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bridge.Integration.Tests.Access;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Escalation.Acknowledgement;
using Bridge.Worker.Escalation.Incidents;
using Bridge.Worker.Kernel;
using Bridge.Worker.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace Bridge.Integration.Tests.Reporting;

/// <summary>
/// The post-incident review through the running bridge against the sandbox: the sandbox's P1 at Northwind Dental pages
/// Dana Schmidt (+15550204, SMS first) at 02:00 New York time; she acknowledges and resolves from the page's links,
/// gets exactly one review link by SMS, answers it, and the answers are on the incident's timeline and in the
/// "reviews" report. A restart sends nothing twice; a second answer updates the first.
/// </summary>
public sealed partial class ReviewsTests : IAsyncLifetime
{
    private const string Dana = "+15550204";
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 7, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly TempDirectory _dir = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false });
    private SandboxServer _sandbox = null!;
    private SmsGateway _sms = null!;

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // The stages' sweep runs on the test clock: a second of it, so a resolution is seen at the next step of the drive.
        ["Engine:SweepInterval"] = "00:00:01",
    };

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = _clock });
        _sms = await SmsGateway.StartAsync();
    }

    [Fact]
    public async Task ResolvedAtNight_OneReviewLinkToTheResolver_AnswersOnTheTimelineAndInTheReport_RestartSendsNothingTwice()
    {
        int port;
        int incidentId;
        string reviewLink;
        await using (var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, Settings))
        {
            port = bridge.Host.Port;
            (incidentId, reviewLink) = await ResolveAtNightAsync(bridge);
            Assert.StartsWith($"{Base(port)}/reviews/{incidentId}/", reviewLink, StringComparison.Ordinal);

            var form = await _http.GetAsync(reviewLink);
            Assert.Equal(HttpStatusCode.OK, form.StatusCode);
            Assert.Contains("DC01 not responding", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var answered = await PostAsync(reviewLink, "could-have-waited", "right-person", "missing", "the client's site address");
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            Assert.Contains($"your review of incident {incidentId} is stored", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            Assert.Contains("review by Dana Schmidt: could have waited; right person; information missing: the client's site address", await TimelineAsync(bridge, incidentId));
            var report = await ReportAsync(bridge);
            var client = Rows(report, "by-client").Single();
            Assert.Equal(("Northwind Dental Group", 1, 1, 1), ((string)client[0]!, (int)client[1]!, (int)client[2]!, (int)client[4]!));
            var rule = Rows(report, "by-rule").Single();
            Assert.StartsWith("Routing:", (string?)rule[1], StringComparison.Ordinal);
            Assert.Empty(Rows(report, "open"));
        }

        _clock.Advance(TimeSpan.FromMinutes(5));
        await using (var again = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, Settings, port: port))
        {
            await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(3), TimeSpan.FromSeconds(5));
            Assert.Single(ReviewTexts());

            // The same link after the restart: a bad answer names what is wrong and keeps what was typed.
            var bad = await PostAsync(reviewLink, "maybe", "right-person", "missing", "the gate code");
            var badHtml = await bad.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("“Was it a real issue?” was answered with “maybe”", badHtml, StringComparison.Ordinal);
            Assert.Contains(">the gate code</textarea>", badHtml, StringComparison.Ordinal);

            var updated = await PostAsync(reviewLink, "real", "right-person", "enough", "");
            Assert.Contains("are updated", await updated.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var timeline = await TimelineAsync(again, incidentId);
            Assert.Single(timeline, t => t.StartsWith("review by Dana Schmidt:", StringComparison.Ordinal));
            Assert.Contains("review updated by Dana Schmidt: real issue; right person; enough information", timeline);
            var client = Rows(await ReportAsync(again), "by-client").Single();
            Assert.Equal((1, 1, 1, 0), ((int)client[1]!, (int)client[2]!, (int)client[3]!, (int)client[4]!));

            var audit = JsonDocument.Parse(await again.Host.Http.GetStringAsync("/audit.json?action=review.")).RootElement.EnumerateArray()
                .Select(e => e.GetProperty("action").GetString()).ToList();
            Assert.Equal(["review.submitted", "review.updated"], audit.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ReviewPage_SignedIn_OwnIncidentOrDispatcher_WithAntiforgery_AndBadLinksLoseNothingTyped()
    {
        AccountsFile.Write(Path.Combine(_dir.Path, AccountsFile.FileName),
            [Account("dschmidt", AccessRole.Technician), Account("anguyen", AccessRole.Technician), Account("night-dispatcher", AccessRole.Dispatcher)]);
        await using var bridge = await EscalationBridge.StartAsync(_sandbox, _dir, _clock, _sms, Settings);
        var (incidentId, reviewLink) = await ResolveAtNightAsync(bridge);
        var path = $"/reviews/{incidentId}";

        using var stranger = bridge.Host.Anonymous();
        var anonymous = await stranger.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/signin", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var anh = new SignInBrowser(bridge.Host.Port);
        await anh.SignInOrFailAsync("anguyen", Password);
        var notHers = await anh.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, notHers.StatusCode);
        Assert.Contains("Not one of your incidents", await notHers.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var dispatcher = new SignInBrowser(bridge.Host.Port);
        await dispatcher.SignInOrFailAsync("night-dispatcher", Password);
        Assert.Equal(HttpStatusCode.OK, (await dispatcher.Http.GetAsync(path)).StatusCode);

        using var dana = new SignInBrowser(bridge.Host.Port);
        await dana.SignInOrFailAsync("dschmidt", Password);
        var page = await dana.Http.GetStringAsync(path);
        var antiforgery = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups["value"].Value);
        Assert.NotEmpty(antiforgery);
        var withoutToken = await dana.Http.PostAsync(path, Answers("real", "right-person", "enough", ""));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        var answered = await dana.Http.PostAsync(path, Answers("did-not-exist", "missed", "enough", "", (SignInBrowser.FormField, antiforgery)));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("review by Dana Schmidt: did not exist; alert missed; enough information", await TimelineAsync(bridge, incidentId));

        var tokens = bridge.Host.App.Services.GetRequiredService<Bridge.Worker.Reporting.Reviews.ReviewTokens>();
        var expired = tokens.Create(new Bridge.Worker.Reporting.Reviews.ReviewClaim(incidentId, "dschmidt", _clock.GetUtcNow().AddSeconds(-1)));
        var late = await _http.PostAsync($"{Base(bridge.Host.Port)}/reviews/{incidentId}/{expired}", Answers("real", "right-person", "missing", "the gate code <4471>"));
        var lateHtml = await late.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Contains("This review link has expired", lateHtml, StringComparison.Ordinal);
        Assert.Contains("the gate code &lt;4471&gt;</textarea>", lateHtml, StringComparison.Ordinal);

        var ack = bridge.Host.App.Services.GetRequiredService<AckTokens>().Create(new AckClaim(incidentId, "dschmidt", AckAction.Acknowledge, _clock.GetUtcNow().AddHours(1)));
        var ackAsReview = await _http.PostAsync($"{Base(bridge.Host.Port)}/reviews/{incidentId}/{ack}", Answers("real", "right-person", "enough", ""));
        var edited = await _http.PostAsync(reviewLink[..^2] + (reviewLink[^2] == 'A' ? "B" : "A") + reviewLink[^1], Answers("real", "right-person", "enough", ""));
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (ackAsReview.StatusCode, edited.StatusCode));
        Assert.Contains("not valid", await ackAsReview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await TimelineAsync(bridge, incidentId), t => t.StartsWith("review", StringComparison.Ordinal) && t.Contains(": ", StringComparison.Ordinal));
    }

    private static FormUrlEncodedContent Answers(string cause, string reach, string information, string missing, params (string Name, string Value)[] more) =>
        new([new("cause", cause), new("reach", reach), new("information", information), new("missing", missing), .. more.Select(m => new KeyValuePair<string, string>(m.Name, m.Value))]);

    private const string Password = "correct horse battery";

    private LocalAccount Account(string name, AccessRole role) => new()
    {
        Name = name,
        Role = role,
        PasswordHash = AccountPasswords.Hash(Password),
        CreatedAt = T0.AddDays(-30),
        ChangedAt = T0.AddDays(-30),
        ChangedBy = "test",
    };

    [GeneratedRegex("name=\"__bridge_antiforgery\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>Dana is paged, acknowledges from the page's link and resolves from a resolve link; the review link reaches her phone.</summary>
    private async Task<(int IncidentId, string ReviewLink)> ResolveAtNightAsync(EscalationBridge bridge)
    {
        var port = bridge.Host.Port;
        await EscalationBridge.DriveUntilAsync(_clock, () => To(Dana) == 1, "the first page");
        var ack = await _http.PostAsync(EscalationBridge.AckLink(Texts(Dana)[0]), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var incidentId = Incident(bridge).Id;
        Assert.Empty(ReviewTexts());

        var tokens = bridge.Host.App.Services.GetRequiredService<AckTokens>();
        var resolve = tokens.Create(new AckClaim(incidentId, "dschmidt", AckAction.Resolve, _clock.GetUtcNow().AddHours(1)));
        var resolved = await _http.PostAsync($"{Base(port)}/ack/{incidentId}/{resolve}", new FormUrlEncodedContent([new("minutes", "40"), new("note", "Rebooted DC01")]));
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(IncidentState.Resolved, Incident(bridge).State);

        await EscalationBridge.DriveUntilAsync(_clock, () => ReviewTexts().Count == 1, "the review link", TimeSpan.FromSeconds(2));
        await EscalationBridge.DriveToAsync(_clock, _clock.GetUtcNow().AddMinutes(1), TimeSpan.FromSeconds(5));
        return (incidentId, ReviewLink(Assert.Single(ReviewTexts())));
    }

    private Task<HttpResponseMessage> PostAsync(string link, string cause, string reach, string information, string missing) =>
        _http.PostAsync(link, new FormUrlEncodedContent([new("cause", cause), new("reach", reach), new("information", information), new("missing", missing)]));

    private static async Task<List<string>> TimelineAsync(EscalationBridge bridge, int incidentId)
    {
        var detail = JsonDocument.Parse(await bridge.Host.Http.GetStringAsync($"/incidents/{incidentId}")).RootElement;
        return detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString()!).ToList();
    }

    private async Task<ReportResult> ReportAsync(EscalationBridge bridge)
    {
        var report = bridge.Host.App.Services.GetServices<IReport>().Single(r => r.Name == "reviews");
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        return await report.BuildAsync(report.DefaultPeriod(_clock.GetUtcNow().AddDays(1), zone), CancellationToken.None);
    }

    private static IReadOnlyList<IReadOnlyList<object?>> Rows(ReportResult report, string table) => report.Tables.Single(t => t.Key == table).Rows;

    private static Incident Incident(EscalationBridge bridge) => bridge.Incidents.ForTicket(EscalationBridge.DcDownTicket).Single();

    private static string Base(int port) => $"http://127.0.0.1:{port}";

    private List<string> Texts(string phone) => EscalationBridge.Texts(_sms).Where(t => t.To == phone).Select(t => t.Body).ToList();

    private List<string> ReviewTexts() => Texts(Dana).Where(t => t.Contains("/reviews/", StringComparison.Ordinal)).ToList();

    private int To(string phone) => Texts(phone).Count;

    private static string ReviewLink(string text) =>
        ReviewUrl().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException($"No review link in: {text}");

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/reviews/\d+/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex ReviewUrl();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sms.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

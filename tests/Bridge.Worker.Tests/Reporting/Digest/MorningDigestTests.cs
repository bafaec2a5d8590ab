using Bridge.Worker.Engine;
using Bridge.Worker.Escalation.Delivery;
using Bridge.Worker.Escalation.Policies;
using Bridge.Worker.Reporting;
using Bridge.Worker.Reporting.Digest;
using Bridge.Worker.Reporting.Web;
using Bridge.Worker.Routing;
using Bridge.Worker.Tests.Reporting.Web;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Bridge.Worker.Tests.Support.OnCallFixtures;

namespace Bridge.Worker.Tests.Reporting.Digest;

/// <summary>
/// The morning digest over the shipped configuration (the MSP in New York; the service manager Gabriel Moreau, gmoreau,
/// has an SMS number first and an e-mail address second), through the real notice store and lanes to fake channels.
/// </summary>
public sealed class MorningDigestTests : IAsyncDisposable
{
    private readonly EscalationFixture _bridge;
    private readonly FixedReport _report = new("paging");
    private readonly DateTimeOffset _start;
    private readonly ReportingOptions _options = new();

    public MorningDigestTests()
    {
        _start = Ny(2026, 12, 2, 7, 0);
        _bridge = new EscalationFixture(_start);
        _options.Digest.Reports = ["paging"];
    }

    public ValueTask DisposeAsync() => _bridge.DisposeAsync();

    private MorningDigest NewDigest() => new(
        new ReportCatalog([_report], _bridge.Get<IOptionsMonitor<RoutingOptions>>(), _bridge.Time),
        _bridge.Get<NoticeSender>(),
        new TestOptionsMonitor<ReportingOptions>(_options),
        _bridge.Get<IOptionsMonitor<EscalationOptions>>(),
        new TestOptionsMonitor<EngineOptions>(new EngineOptions()),
        _bridge.Time,
        NullLogger<MorningDigest>.Instance);

    private async Task<List<(string Member, string Kind, string Subject, string Body)>> MailsAsync()
    {
        await _bridge.CollectAsync();
        return _bridge.Pages(_start).Select(p => (p.Member, p.Kind, p.Page.Subject, p.Page.Body)).ToList();
    }

    [Fact]
    public async Task At0730_OneMailToTheServiceManagerWithYesterdaysFigures_NotBefore_NotTwice()
    {
        var digest = NewDigest();
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 29));
        var early = await digest.CheckAsync(CancellationToken.None);
        Assert.Equal(DigestOutcome.NotYet, early.Outcome);
        Assert.Equal(Ny(2026, 12, 2, 7, 30), early.NextAt);
        Assert.Empty(await MailsAsync());

        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 30));
        var sent = await digest.CheckAsync(CancellationToken.None);
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 45));
        var again = await digest.CheckAsync(CancellationToken.None);

        Assert.Equal(DigestOutcome.Sent, sent.Outcome);
        Assert.Equal(DigestOutcome.AlreadySent, again.Outcome);
        Assert.Equal(Ny(2026, 12, 3, 7, 30), again.NextAt);
        var mail = Assert.Single(await MailsAsync());
        Assert.Equal(("gmoreau", "email"), (mail.Member, mail.Kind));
        Assert.Equal("Bridge morning digest for Tue 1 Dec 2026", mail.Subject);
        Assert.Contains("Yesterday, Tuesday 1 December 2026", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Pages by client [pages-by-client]", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Northwind Dental", mail.Body, StringComparison.Ordinal);
        Assert.Contains("https://bridge.example.com/reports", mail.Body, StringComparison.Ordinal);
        var period = Assert.Single(_report.Periods);
        Assert.Equal((new NodaTime.LocalDate(2026, 12, 1), 1), (period.From, period.Days));
    }

    [Fact]
    public async Task AfterARestart_TheDaysDigestIsNotSentAgain_TheNextDaysIs()
    {
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 31));
        await NewDigest().CheckAsync(CancellationToken.None);

        var restarted = NewDigest();
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 8, 0));
        var same = await restarted.CheckAsync(CancellationToken.None);
        _bridge.Time.SetUtcNow(Ny(2026, 12, 3, 7, 30));
        var next = await restarted.CheckAsync(CancellationToken.None);

        Assert.Equal(DigestOutcome.AlreadySent, same.Outcome);
        Assert.Equal(DigestOutcome.Sent, next.Outcome);
        Assert.Equal(2, (await MailsAsync()).Count);
        Assert.Equal(2, _report.Builds);
    }

    [Fact]
    public async Task BridgeDownAt0730_SentLateWithinFourHoursSayingSo_LaterNotAtAll()
    {
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 9, 15));
        var late = await NewDigest().CheckAsync(CancellationToken.None);
        _bridge.Time.SetUtcNow(Ny(2026, 12, 3, 11, 31));
        var tooLate = await NewDigest().CheckAsync(CancellationToken.None);

        Assert.Equal(DigestOutcome.Sent, late.Outcome);
        Assert.Contains("This digest is late: it was due at Wed 2 Dec 07:30", late.Notice!.Text, StringComparison.Ordinal);
        Assert.Equal(DigestOutcome.TooLate, tooLate.Outcome);
        Assert.Single(await MailsAsync());
    }

    [Theory]
    [InlineData(3, 13, 2027, 3, 14, 11)] // the night clocks spring forward: 07:30 EDT is 11:30 UTC
    [InlineData(11, 6, 2027, 11, 7, 12)] // the night clocks fall back: 07:30 EST is 12:30 UTC
    public async Task AcrossAClockChange_DueAt0730LocalTheNextMorning(int month, int day, int year, int nextMonth, int nextDay, int utcHour)
    {
        _bridge.Time.SetUtcNow(Ny(year, month, day, 8, 0));
        var check = await NewDigest().CheckAsync(CancellationToken.None);

        Assert.Equal(new DateTimeOffset(year, nextMonth, nextDay, utcHour, 30, 0, TimeSpan.Zero), check.NextAt!.Value.ToUniversalTime());
    }

    [Fact]
    public async Task AReportFails_TheDigestStillGoesOutSayingWhichCouldNotBeBuilt()
    {
        _report.Failure = new HttpRequestException("ConnectWise is down");
        _options.Digest.Reports = ["paging", "nope"];
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 30));

        var check = await NewDigest().CheckAsync(CancellationToken.None);

        Assert.Equal(DigestOutcome.Sent, check.Outcome);
        Assert.Contains("Fixed figures: could not be built this morning (HttpRequestException)", check.Notice!.Text, StringComparison.Ordinal);
        Assert.Contains("Report 'nope' (Reporting:Digest:Reports) does not exist", check.Notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ConnectWise is down", check.Notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_NothingIsSent()
    {
        _options.Digest.Enabled = false;
        _bridge.Time.SetUtcNow(Ny(2026, 12, 2, 7, 30));

        Assert.Equal(DigestOutcome.Off, (await NewDigest().CheckAsync(CancellationToken.None)).Outcome);
        Assert.Empty(await MailsAsync());
    }

    [Theory]
    [InlineData("7:30 am", "Reporting:Digest:At must be a time of day, HH:mm, e.g. 07:30 (was '7:30 am').")]
    [InlineData("25:00", "Reporting:Digest:At must be a time of day, HH:mm, e.g. 07:30 (was '25:00').")]
    public void Validate_WrongTime_NamesTheKey(string at, string expected)
    {
        var failures = DigestOptionsValidator.Failures(new DigestOptions { At = at }, "Reporting:Digest").ToList();

        Assert.Equal(expected, Assert.Single(failures));
    }
}

using System.Net;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Reporting;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bridge.Integration.Tests.Reporting;

/// <summary>The report pages, CSV and JSON through the running bridge over HTTP, with a report of known figures beside the real ones.</summary>
public sealed class ReportPagesTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;
    private IngestHost _bridge = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = false });
        _bridge = await IngestHost.StartAsync(_sandbox, _dir, configureServices: services => services.AddSingleton<IReport, KnownReport>());
    }

    [Fact]
    public async Task Page_ATableWithItsChartAndItsCsvLink_NoScriptNoExternalAsset()
    {
        var response = await _bridge.Http.GetAsync("/reports/known?from=2026-11-01&to=2026-11-30");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Known figures</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"text\">Northwind Dental</th><td class=\"num\">3</td><td class=\"num\">75 %</td>", html, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/reports/known/pages-by-client.csv?from=2026-11-01&amp;to=2026-11-30\"", html, StringComparison.Ordinal);
        Assert.Contains("30 days from 2026-11-01", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Csv_OneTableAsAFile_FormulasDisarmed()
    {
        var response = await _bridge.Http.GetAsync("/reports/known/pages-by-client.csv?from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("known-pages-by-client-2026-11-01-2026-11-30.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("client,pages,share\r\nNorthwind Dental,3,0.75\r\n\"'=HYPERLINK(\"\"x\"\")\",1,0.25\r\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Index_ListsTheReports()
    {
        var html = await _bridge.Http.GetStringAsync("/reports");

        Assert.Contains("<a href=\"/reports/known\">Known figures</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/nope", HttpStatusCode.NotFound, "There is no report 'nope'.")]
    [InlineData("/reports/known?from=30/11/2026", HttpStatusCode.BadRequest, "from '30/11/2026' is not a date: write it as YYYY-MM-DD")]
    [InlineData("/reports/known/nope.csv", HttpStatusCode.NotFound, "Report 'known' has no table 'nope'. Its tables: pages-by-client.")]
    [InlineData("/reports/known/report.json?from=2026-11-30&to=2026-11-01", HttpStatusCode.BadRequest, "to (2026-11-01) is before from (2026-11-30)")]
    public async Task WrongAsk_SaysWhatIsWrong(string path, HttpStatusCode status, string expected)
    {
        var response = await _bridge.Http.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/known/pages-by-client.csv")]
    [InlineData("/reports/known/report.json")]
    public async Task Data_ToAStranger_Refused(string path)
    {
        using var stranger = _bridge.Anonymous();

        var response = await stranger.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Northwind", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ToAStranger_SentToSignIn()
    {
        using var stranger = _bridge.Anonymous();

        var response = await stranger.GetAsync("/reports/known");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _bridge.DisposeAsync();
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }

    private sealed class KnownReport : IReport
    {
        public string Name => "known";

        public string Title => "Known figures";

        public string Summary => "Figures the test knows.";

        public ReportPeriod DefaultPeriod(DateTimeOffset now, DateTimeZone zone) => ReportPeriod.LastDays(7, now, zone);

        public Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken) => Task.FromResult(new ReportResult(
            Name,
            Title,
            period,
            [
                new ReportTable(
                    "pages-by-client",
                    "Pages by client",
                    [new ReportColumn("client", "Client"), new ReportColumn("pages", "Pages", ReportValueKind.Count), new ReportColumn("share", "Share", ReportValueKind.Percent)],
                    [["Northwind Dental", 3, 0.75m], ["=HYPERLINK(\"x\")", 1, 0.25m]])
                {
                    ChartColumn = "pages",
                    Note = $"{period.Days} days from {period.From:yyyy-MM-dd}",
                },
            ]));
    }
}

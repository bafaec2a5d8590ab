using System.Diagnostics;
using System.Net;
using System.Text;
using Bridge.Integration.Tests.Support;
using Bridge.Worker.Escalation.Incidents;

namespace Bridge.Integration.Tests.Telemetry;

/// <summary>
/// The running bridge against the sandbox at 02:00 on Tuesday 24 November 2026: a P1 at Northwind Dental comes in by
/// callback, is routed "page now" and pages Dana Schmidt by SMS; a forged callback is refused; a poll runs into a 429;
/// a work-in-progress status acknowledges the incident. <c>GET /metrics</c> then shows each of these in the Prometheus
/// text exposition.
/// </summary>
public sealed class MetricsScrapeTests : NightAtNorthwind
{
    private const string Token = "prometheus-scrape-token-0042";

    [Fact]
    public async Task Scrape_AfterCallbackPollPageAndAcknowledgement_EveryMetricListedAndTheCountersMoved()
    {
        await using var bridge = await EscalationBridge.StartAsync(Sandbox, Dir, Clock, Sms, new Dictionary<string, string?>
        {
            ["ConnectWise:Callbacks:Register"] = "true",
        });
        await bridge.Host.Registrar.Reconciled.WaitAsync(TimeSpan.FromSeconds(10));

        var id = (int)Sandbox.State.CreateTicket("NorthwindDental", "Phones down at the front desk", t => t.Priority(1).Type("Server"))["id"]!;
        await WaitAsync(() => EscalationBridge.Texts(Sms).Any(t => t.To == Dana && t.Body.Contains($"#{id} ", StringComparison.Ordinal)), $"Dana's text for ticket {id}");
        using (var forged = await CallbackPoster.PostAsync(bridge.Host, Encoding.UTF8.GetBytes("{}"), null, "/callbacks/connectwise/wrong-secret?recordId=1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        // Longer than the client waits: the poll's first read is answered 429 and not retried.
        Sandbox.Faults.FailNext(1, 429, TimeSpan.FromMinutes(3), "service/tickets");
        await bridge.Host.Poller.PollOnceAsync(CancellationToken.None);
        Sandbox.State.UpdateTicket(id, t => t.Status("In Progress"));
        await WaitAsync(() => bridge.Incidents.ForTicket(id) is [{ State: IncidentState.Acknowledged }], $"ticket {id}'s incident acknowledged");

        var metrics = await ScrapeAsync(bridge.Host.Http);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["bridge_callbacks_received_total"] = "counter",
                ["bridge_callbacks_refused_total"] = "counter",
                ["bridge_poll_duration_seconds"] = "histogram",
                ["bridge_poll_lag_seconds"] = "gauge",
                ["bridge_routing_decisions_total"] = "counter",
                ["bridge_pages_total"] = "counter",
                ["bridge_page_first_latency_seconds"] = "histogram",
                ["bridge_incident_open"] = "gauge",
                ["bridge_incident_time_to_acknowledge_seconds"] = "histogram",
                ["bridge_outbox_depth"] = "gauge",
                ["bridge_connectwise_requests_total"] = "counter",
                ["bridge_connectwise_throttled_total"] = "counter",
            },
            metrics.Types.Where(t => t.Key.StartsWith("bridge_", StringComparison.Ordinal)).ToDictionary());
        Assert.All(metrics.Types.Keys.Where(k => k.StartsWith("bridge_", StringComparison.Ordinal)), family => Assert.False(string.IsNullOrWhiteSpace(metrics.Help.GetValueOrDefault(family)), family));
        Assert.True(metrics.Sum("bridge_callbacks_received_total", ("http_response_status_code", "200")) >= 2, "the ticket's create and status callbacks");
        Assert.Equal(1, metrics.Sum("bridge_callbacks_refused_total", ("http_response_status_code", "403")));
        Assert.True(metrics.Sum("bridge_poll_duration_seconds_count") >= 2, "the poll at start and the one the test ran");
        Assert.InRange(Assert.Single(metrics.Find("bridge_poll_lag_seconds")).Value, 0, 60);
        Assert.True(metrics.Sum("bridge_routing_decisions_total", ("disposition", "page_now")) >= 1);
        Assert.True(metrics.Sum("bridge_pages_total", ("channel", "sms"), ("result", "sent")) >= 1);
        Assert.True(metrics.Sum("bridge_page_first_latency_seconds_count") >= 1);
        Assert.True(metrics.Sum("bridge_incident_time_to_acknowledge_seconds_count") >= 1);
        Assert.True(metrics.Sum("bridge_incident_open", ("state", "acknowledged")) >= 1);
        Assert.Equal(["acknowledged", "triggered"], metrics.Find("bridge_incident_open").Select(s => s.Labels["state"]).Order());
        Assert.Equal(["failed", "parked", "pending", "sending", "unknown"], metrics.Find("bridge_outbox_depth").Select(s => s.Labels["state"]).Order());
        Assert.True(metrics.Sum("bridge_connectwise_requests_total", ("http_request_method", "GET"), ("http_response_status_code", "200")) >= 1);
        Assert.Equal(1, metrics.Sum("bridge_connectwise_requests_total", ("http_response_status_code", "429")));
        Assert.Equal(1, metrics.Sum("bridge_connectwise_throttled_total"));
    }

    [Fact]
    public async Task Scrape_FromAnotherHost_RefusedWithoutTheTokenAndAnsweredWithIt()
    {
        await using var bridge = await IngestHost.StartAsync(Sandbox, Dir, extra: new Dictionary<string, string?>
        {
            ["Telemetry:MetricsToken"] = Token,
            ["Logging:File:Enabled"] = "true",
            ["Logging:File:Path"] = "logs/bridge-.log",
        }, configureServices: RemoteCaller.AddTo);
        await bridge.WaitForPollsAsync();

        var anonymous = await GetAsync(bridge.Http, "203.0.113.7", null);
        var wrong = await GetAsync(bridge.Http, "203.0.113.7", "Bearer prometheus-scrape-token-0041");
        var right = await GetAsync(bridge.Http, "203.0.113.7", "Bearer " + Token);
        var loopback = await GetAsync(bridge.Http, null, null);

        Assert.Equal((HttpStatusCode.Forbidden, ""), anonymous);
        Assert.Equal((HttpStatusCode.Forbidden, ""), wrong);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(HttpStatusCode.OK, loopback.Status);
        Assert.True(PrometheusExposition.Parse(right.Body).Sum("bridge_poll_duration_seconds_count") >= 1);
        Assert.DoesNotContain(Token, right.Body, StringComparison.Ordinal);
        var log = LogText();
        Assert.Contains("[INF]", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_TwoBridgesInOneProcess_EachShowsOnlyItsOwnFigures()
    {
        using var otherDir = new TempDirectory();
        await using var refusing = await IngestHost.StartAsync(Sandbox, Dir);
        await using var other = await IngestHost.StartAsync(Sandbox, otherDir);
        using (var forged = await CallbackPoster.PostAsync(refusing, Encoding.UTF8.GetBytes("{}"), null, "/callbacks/connectwise/wrong-secret?recordId=1"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        var own = await ScrapeAsync(refusing.Http);
        var others = await ScrapeAsync(other.Http);

        Assert.Equal(1, own.Sum("bridge_callbacks_refused_total"));
        Assert.Equal(0, others.Sum("bridge_callbacks_refused_total"));
        Assert.Equal(0, others.Sum("bridge_callbacks_received_total"));
    }

    [Fact]
    public async Task Scrape_TelemetryDisabled_NotFound()
    {
        await using var bridge = await IngestHost.StartAsync(Sandbox, Dir, extra: new Dictionary<string, string?> { ["Telemetry:Enabled"] = "false" });

        using var response = await bridge.Http.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<PrometheusExposition> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return PrometheusExposition.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string? remote, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (remote is not null)
        {
            request.Headers.Add(RemoteCaller.Header, remote);
        }

        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private string LogText() =>
        string.Concat(Directory.EnumerateFiles(Dir.Path, "*.log", SearchOption.AllDirectories).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));

    private static async Task WaitAsync(Func<bool> done, string what)
    {
        // Only ends a hang: CI runs the test projects side by side on two cores.
        var deadline = Stopwatch.GetTimestamp() + (long)(120 * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Not reached: {what}.");
            }

            await Task.Delay(10);
        }
    }
}

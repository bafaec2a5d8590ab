using Bridge.Worker.Cli;
using Bridge.Worker.Escalation.Api;
using Bridge.Worker.Escalation.Timeline;
using Bridge.Worker.Tests.Support;

namespace Bridge.Worker.Tests.Cli;

/// <summary>What <c>bridge incidents</c> and <c>bridge incident ID</c> print, on a fixed clock: Tuesday 24 November 2026, 02:14 EST.</summary>
public sealed class IncidentTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 7, 14, 0, TimeSpan.Zero);

    private static IncidentView View(
        int id, string state, int? step = 2, DateTimeOffset? next = null, string? acknowledgedBy = null,
        DateTimeOffset? closedAt = null, string? closedReason = null) => new(
        id, 500 + id, state, "after-hours", "p1-unassigned", 1, "P1", "Northwind Dental", "Server down",
        Now.AddMinutes(-16), Now.AddMinutes(-16), step, 4, next, acknowledgedBy, acknowledgedBy is null ? null : Now.AddMinutes(-5),
        closedAt, closedReason, ["dschmidt", "fpatel"]);

    [Fact]
    public void List_OpenAndClosed_OpenTableFirstWithNextDueThenClosedWithWhenTheyClosed()
    {
        var lines = IncidentText.List(
            [
                View(3, "Triggered", next: Now.AddMinutes(4)),
                View(4, "Acknowledged", acknowledgedBy: "Dana Schmidt"),
                View(1, "Resolved", step: 3, acknowledgedBy: "Dana Schmidt", closedAt: Now.AddHours(-3)),
            ],
            Now,
            RoutingFixtures.NewYork).ToList();

        Assert.Equal("Open incidents (2):", lines[0]);
        Assert.Equal("  ID  TICKET  PRIORITY  CLIENT            STATE         POLICY         STEP         NEXT DUE                           ACKNOWLEDGED BY", lines[1]);
        Assert.Equal("  #3  #503    P1        Northwind Dental  Triggered     p1-unassigned  step 2 of 4  in 4 min (2026-11-24T02:18-05:00)  -", lines[2]);
        Assert.Equal("  #4  #504    P1        Northwind Dental  Acknowledged  p1-unassigned  step 2 of 4  nothing due                        Dana Schmidt", lines[3]);
        Assert.Equal("", lines[4]);
        Assert.Equal("Recently closed (1):", lines[5]);
        Assert.Equal("  #1  #501    P1        Northwind Dental  Resolved  p1-unassigned  step 3 of 4  3 h ago (2026-11-23T23:14-05:00)  Dana Schmidt", lines[7]);
        Assert.Equal(8, lines.Count);
    }

    [Fact]
    public void List_OnlyClosed_SaysNobodyIsPagedBeforeTheClosedOnes()
    {
        var lines = IncidentText.List([View(1, "Cancelled", closedAt: Now.AddMinutes(-30))], Now, RoutingFixtures.NewYork).ToList();

        Assert.Equal("No open incidents: nobody is being paged.", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  #1  #501", StringComparison.Ordinal) && l.Contains("Cancelled", StringComparison.Ordinal));
    }

    [Fact]
    public void List_Nothing_SaysWhenAnIncidentOpens()
    {
        var line = Assert.Single(IncidentText.List([], Now, RoutingFixtures.NewYork));

        Assert.StartsWith("No incidents yet.", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_AnIncident_HeaderFactsThenEveryTimelineLineOldestFirstWithInstantAndKind()
    {
        var opened = Now.AddMinutes(-16);
        TimelineEntry[] timeline =
        [
            new() { Id = 2, At = opened.AddSeconds(1), Kind = TimelineKind.NotificationAttempt, Text = "paged Dana Schmidt by sms (sent)" },
            new() { Id = 1, At = opened, Kind = TimelineKind.Opened, Text = "opened on p1-unassigned" },
            new() { Id = 3, At = Now.AddMinutes(-5), Kind = TimelineKind.Acknowledged, Text = "acknowledged by Dana Schmidt (link)" },
        ];

        var lines = IncidentText.Detail(new IncidentDetail(View(4, "Acknowledged", acknowledgedBy: "Dana Schmidt"), timeline), Now, RoutingFixtures.NewYork).ToList();

        Assert.Equal(
            [
                "Incident #4: ticket #504 \"Server down\"",
                "  State     Acknowledged, acknowledged by Dana Schmidt 5 min ago (2026-11-24T02:09-05:00)",
                "  Client    Northwind Dental",
                "  Priority  P1",
                "  Cause     after-hours",
                "  Policy    p1-unassigned (ladder 1), step 2 of 4",
                "  Opened    16 min ago (2026-11-24T01:58-05:00)",
                "  Next due  nothing due",
                "  Paged     dschmidt, fpatel",
                "",
                "Timeline (3 lines, oldest first):",
                "  2026-11-24T01:58:00-05:00  Opened               opened on p1-unassigned",
                "  2026-11-24T01:58:01-05:00  NotificationAttempt  paged Dana Schmidt by sms (sent)",
                "  2026-11-24T02:09:00-05:00  Acknowledged         acknowledged by Dana Schmidt (link)",
            ],
            lines);
    }

    [Fact]
    public void Detail_OpenedUnderAConfigurationVersion_ShowsItAfterTheOpening()
    {
        var view = View(4, "Triggered") with { ConfigVersion = "57f73dd7b16c", ConfigAppliedAt = Now.AddHours(-2) };

        var lines = IncidentText.Detail(new IncidentDetail(view, []), Now, RoutingFixtures.NewYork).ToList();

        Assert.Equal("  Config    57f73dd7b16c applied 2 h ago (2026-11-24T00:14-05:00)", lines[lines.FindIndex(l => l.StartsWith("  Opened", StringComparison.Ordinal)) + 1]);
    }

    [Fact]
    public void Detail_Closed_SaysWhenAndWhy()
    {
        var lines = IncidentText.Detail(new IncidentDetail(View(5, "Resolved", closedAt: Now.AddMinutes(-1), closedReason: "ticket closed in ConnectWise by bruiz"), []), Now, RoutingFixtures.NewYork);

        Assert.Contains("  Closed    1 min ago (2026-11-24T02:13-05:00): ticket closed in ConnectWise by bruiz", lines);
    }

    [Theory]
    [InlineData(new[] { "42" }, 42)]
    [InlineData(new[] { "#42" }, 42)]
    [InlineData(new[] { "42", "--urls", "http://127.0.0.1:5080" }, 42)]
    public void DetailCommand_ANumber_IsTheIncidentId(string[] args, int expected)
    {
        int? seen = null;
        var command = IncidentsCommand.CreateDetailCommand((_, id, _) =>
        {
            seen = id;
            return Task.FromResult(0);
        });

        var parsed = BridgeCommand.Parse(["incident", .. args], AppContext.BaseDirectory);
        Assert.Null(parsed.Error);
        Assert.Equal(0, command.Parse(args.TakeWhile(a => a != "--urls").ToArray()).Invoke());
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4x2")]
    [InlineData("0")]
    [InlineData("-")]
    public void DetailCommand_NotANumber_UsageNamesTheArgument(string given)
    {
        var command = BridgeCommand.Parse(given == "-" ? ["incident"] : ["incident", given], AppContext.BaseDirectory);

        Assert.Contains(given == "-" ? "Usage: bridge incident ID" : $"'{given}' is not an incident id", command.Error, StringComparison.Ordinal);
    }
}

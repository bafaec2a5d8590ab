using Bridge.Worker.Ingest;
using Microsoft.Extensions.Configuration;

namespace Bridge.Worker.Tests.Ingest;

public sealed class IngestOptionsTests
{
    private static IReadOnlyList<string> Problems(IngestOptions options, bool register = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectWise:Callbacks:Register"] = register ? "true" : "false" })
            .Build();
        var result = new IngestOptionsValidator(configuration).Validate(null, options);
        return result.Failed ? result.Failures.ToList() : [];
    }

    [Fact]
    public void Defaults_AreValid_AndPollEveryMinute()
    {
        var options = new IngestOptions();

        Assert.Empty(Problems(options));
        Assert.Equal(TimeSpan.FromSeconds(60), options.PollInterval);
        Assert.Equal(256 * 1024, options.MaxCallbackBytes);
    }

    [Fact]
    public void Validate_RegisterWithoutPublicUrl_NamesTheKey() =>
        Assert.Contains(Problems(new IngestOptions(), register: true), p => p.StartsWith("Ingest:PublicUrl", StringComparison.Ordinal));

    [Fact]
    public void Validate_ShortSecretBadUrlEmptyBoard_EveryProblemNamed()
    {
        var problems = Problems(new IngestOptions { CallbackSecret = "short", PublicUrl = "bridge.example.com", Boards = ["Service Desk", " "] });

        Assert.Contains(problems, p => p.StartsWith("Ingest:CallbackSecret", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Ingest:PublicUrl", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Ingest:Boards:1", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PollIntervalTooShort_Fails() =>
        Assert.Contains(Problems(new IngestOptions { PollInterval = TimeSpan.FromSeconds(1) }), p => p.Contains("PollInterval", StringComparison.Ordinal));

    [Theory]
    [InlineData(null, "closedFlag = false")]
    [InlineData("Service Desk", "board/name = \"Service Desk\" and closedFlag = false")]
    [InlineData("2", "board/id = 2 and closedFlag = false")]
    public void PollQuery_ColdStart_OpenTicketsOnly(string? board, string expected) =>
        Assert.Equal(expected, PollQuery.Conditions(board, null, TimeSpan.FromMinutes(1)).ToString());

    [Fact]
    public void PollQuery_Watermark_LooksBackByTheOverlap() =>
        Assert.Equal("lastUpdated > [2026-03-02T21:59:00Z]",
            PollQuery.Conditions(null, new DateTimeOffset(2026, 3, 2, 22, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1)).ToString());
}

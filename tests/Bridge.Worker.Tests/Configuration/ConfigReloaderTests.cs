using Bridge.Worker.Configuration;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;
using Bridge.Worker.OnCall;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bridge.Worker.Tests.Configuration;

/// <summary>The reload gate on real files in a temp directory, without a host or a file watcher: each test calls Reload itself.</summary>
public sealed class ConfigReloaderTests : IDisposable
{
    private const string Valid = """
        {
          "OnCall": { "GapWarningDays": 14 },
          "Probe": { "ApiKey": "a-long-enough-api-key-0001" },
          "Storage": { "Path": "data/a.db" }
        }
        """;

    private readonly TempDirectory _dir = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero));
    private readonly ListLogger<ConfigReloader> _log = new();
    private ServiceProvider? _services;

    private (ConfigReloader Reloader, IServiceProvider Services, IConfiguration Configuration) Start(string bridgeJson = Valid)
    {
        _dir.Write("bridge.json", bridgeJson);
        var reader = new BridgeConfigurationReader(_dir.Path, []);
        var accepted = AcceptedConfiguration.ReadFrom(reader);
        var configuration = new ConfigurationBuilder().Add(accepted).Build();
        var services = new ServiceCollection();
        services.AddBridgeOptions<OnCallOptions, OnCallOptionsValidator>(configuration, OnCallOptions.SectionName);
        services.AddBridgeOptions<ProbeOptions, ProbeOptionsValidator>(configuration, ProbeOptions.SectionName);
        services.AddReadAtStart("Storage");
        _services = services.BuildServiceProvider();
        var reloader = new ConfigReloader(
            reader, accepted, _services.GetServices<BridgeOptionsRegistration>(), _services.GetServices<ReadAtStartKey>(),
            SecretValues.From(configuration), _services, _time, _log, watching: false);
        return (reloader, _services, configuration);
    }

    private ConfigStatus Edit(ConfigReloader reloader, string bridgeJson)
    {
        _dir.Write("bridge.json", bridgeJson);
        _time.Advance(TimeSpan.FromMinutes(1));
        return reloader.Reload();
    }

    private static int GapWarningDays(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<OnCallOptions>>().CurrentValue.GapWarningDays;

    [Fact]
    public void Reload_ValidEdit_MonitorSeesTheNewValueAndTheSectionIsLogged()
    {
        var (reloader, services, _) = Start();

        var status = Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 7", StringComparison.Ordinal));

        Assert.Equal(7, GapWarningDays(services));
        Assert.Equal(ConfigStatus.InForce, status.State);
        Assert.Equal(["OnCall"], status.Applied);
        Assert.Equal(_time.GetUtcNow(), status.AppliedAt);
        Assert.Contains(_log.Entries, e => e.Id.Id == 9000 && e.Message.EndsWith("new OnCall settings in force", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_ValueTheValidatorRejects_RefusedAndTheMonitorKeepsTheValueInForce()
    {
        var (reloader, services, _) = Start();
        var startedAt = reloader.Status.AppliedAt;

        var status = Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 0", StringComparison.Ordinal));

        Assert.Equal(14, GapWarningDays(services));
        Assert.Equal(ConfigStatus.Refused, status.State);
        Assert.Equal(startedAt, status.AppliedAt);
        Assert.Equal(["OnCall:GapWarningDays must be between 1 and 366 (got 0)."], status.LastRefusal!.Reasons);
        Assert.Contains(_log.Entries, e => e.Id.Id == 9004 && e.Message == "Configuration edit refused: OnCall:GapWarningDays must be between 1 and 366 (got 0).");
    }

    [Fact]
    public void Reload_ValidEdit_SaysTheOnCallAnswersMayHaveChanged_ARefusedOneDoesNot()
    {
        var (reloader, services, _) = Start();
        using var changes = new OnCallChanges(services.GetRequiredService<IOptionsMonitor<OnCallOptions>>());
        var raised = 0;
        using var listening = changes.Subscribe(() => raised++);

        Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 0", StringComparison.Ordinal));
        var afterRefused = raised;
        Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 7", StringComparison.Ordinal));

        Assert.Equal(0, afterRefused);
        Assert.Equal(1, raised);
    }

    [Fact]
    public void Reload_SyntaxError_RefusedNamingTheFileLineAndColumn()
    {
        var (reloader, services, _) = Start();

        var status = Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\" 7", StringComparison.Ordinal));

        Assert.Equal(14, GapWarningDays(services));
        var reason = Assert.Single(status.LastRefusal!.Reasons);
        Assert.Contains("bridge.json", reason);
        Assert.Contains("line 2, column", reason);
    }

    [Fact]
    public void Reload_FileDeleted_RefusedInsteadOfFallingBackToDefaults()
    {
        var (reloader, services, _) = Start(Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 30", StringComparison.Ordinal));

        File.Delete(_dir.File("bridge.json"));
        var status = reloader.Reload();

        Assert.Equal(30, GapWarningDays(services));
        Assert.StartsWith("bridge.json is missing from", Assert.Single(status.LastRefusal!.Reasons));
    }

    [Fact]
    public void Reload_ProblemQuotesANewSecret_SecretMaskedInTheStatusAndTheLog()
    {
        var (reloader, _, _) = Start();

        var status = Edit(reloader, Valid.Replace("a-long-enough-api-key-0001", "short-secret", StringComparison.Ordinal));

        Assert.Equal(["Probe:ApiKey '***' is too short."], status.LastRefusal!.Reasons);
        Assert.DoesNotContain(_log.Entries, e => e.Message.Contains("short-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_KeyReadOnlyAtStart_KeptUntilRestartAndListed()
    {
        var (reloader, _, configuration) = Start();

        var status = Edit(reloader, Valid.Replace("data/a.db", "data/b.db", StringComparison.Ordinal));

        Assert.Equal("data/a.db", configuration["Storage:Path"]);
        Assert.Equal(["Storage"], status.PendingRestart);
        Assert.Empty(status.Applied);
        Assert.Contains(_log.Entries, e => e.Id.Id == 9001 && e.Message.StartsWith("Configuration changed in Storage,", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_SchemaViolation_RefusedWithTheJsonPath()
    {
        _dir.Write(ConfigSchemaValidator.SchemaFileName, """
            { "type": "object", "additionalProperties": false,
              "properties": { "OnCall": { "type": "object" }, "Probe": { "type": "object" }, "Storage": { "type": "object" } } }
            """);
        var (reloader, _, configuration) = Start();

        var status = Edit(reloader, Valid.Replace("\"OnCall\"", "\"Oncal\"", StringComparison.Ordinal));

        Assert.Equal("14", configuration["OnCall:GapWarningDays"]);
        Assert.StartsWith("bridge.json $.Oncal: is not a known key", Assert.Single(status.LastRefusal!.Reasons));
    }

    [Fact]
    public void Reload_ValidEditAfterARefusedOne_AppliedAndInForceAgain()
    {
        var (reloader, services, _) = Start();
        Edit(reloader, "{ broken");

        var status = Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 21", StringComparison.Ordinal));

        Assert.Equal(21, GapWarningDays(services));
        Assert.Equal(ConfigStatus.InForce, status.State);
        Assert.NotNull(status.LastRefusal);
        Assert.Equal(2, status.Checks);
    }

    [Fact]
    public void Reload_FileSavedWithoutChange_NothingAppliedAndSaidSo()
    {
        var (reloader, _, _) = Start();
        var startedAt = reloader.Status.AppliedAt;

        var status = Edit(reloader, Valid + "\n");

        Assert.Equal(startedAt, status.AppliedAt);
        Assert.Contains(_log.Entries, e => e.Id.Id == 9002);
    }

    [Fact]
    public void Reload_VersionedSectionEdited_NewVersionAppliedAtTheReload()
    {
        var (reloader, _, _) = Start();
        var before = reloader.Current.Version;

        var status = Edit(reloader, Valid.Replace("\"GapWarningDays\": 14", "\"GapWarningDays\": 7", StringComparison.Ordinal));

        Assert.NotEqual(before.Hash, reloader.Current.Version.Hash);
        Assert.Equal(_time.GetUtcNow(), reloader.Current.Version.AppliedAt);
        Assert.Equal((reloader.Current.Version.Hash, _time.GetUtcNow()), (status.Version, status.VersionAppliedAt));
        Assert.Contains("\"GapWarningDays\":\"7\"", reloader.Current.Json);
    }

    [Fact]
    public void Reload_OnlyAnUnversionedSectionEdited_VersionAndItsInstantKept()
    {
        var (reloader, _, _) = Start();
        var before = reloader.Current.Version;

        Edit(reloader, Valid.Replace("a-long-enough-api-key-0001", "a-long-enough-api-key-0002", StringComparison.Ordinal));

        Assert.Equal(before, reloader.Current.Version);
    }

    public void Dispose()
    {
        _services?.Dispose();
        _dir.Dispose();
    }

    /// <summary>A section with a secret whose validator quotes the value, as a careless validator might.</summary>
    public sealed class ProbeOptions
    {
        public const string SectionName = "Probe";

        public string ApiKey { get; set; } = "";
    }

    private sealed class ProbeOptionsValidator : IValidateOptions<ProbeOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProbeOptions options) =>
            options.ApiKey.Length >= 20 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail($"Probe:ApiKey '{options.ApiKey}' is too short.");
    }
}

using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Bridge.Worker.Kernel;
using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Tests.Access;

public sealed class LocalAccountRegistrationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static IReadOnlyList<string> Problems(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddLocalAccounts(configuration).BuildServiceProvider();
        return services.ConfigurationProblems();
    }

    [Fact]
    public void Options_NothingConfigured_OnFiveFailuresFifteenMinutes()
    {
        var options = new LocalAccountOptions();

        Assert.Equal((true, 5, TimeSpan.FromMinutes(15)), (options.Enabled, options.LockoutAfter, options.LockoutFor));
        Assert.Empty(Problems([]));
    }

    [Fact]
    public void Options_OutOfBounds_EachProblemNamesItsKey()
    {
        var problems = Problems(new() { ["Access:Local:LockoutAfter"] = "0", ["Access:Local:LockoutFor"] = "00:00:00" });

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Access:Local:LockoutAfter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Access:Local:LockoutFor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddLocalAccounts_InTheRealHost_SignsInFromTheConfigDirectoryAndStoresLockoutsInTheStateFile()
    {
        _dir.Write("appsettings.json", """{ "Logging": { "File": { "Enabled": false } }, "Access": { "Local": { "LockoutAfter": 1 } } }""");
        AccountsFile.Write(_dir.File(AccountsFile.FileName), [AccountsFixture.Account("alice")]);
        var configuration = new ConfigurationBuilder().AddJsonFile(_dir.File("appsettings.json")).Build();
        await using var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path), configureServices: s => s.AddLocalAccounts(configuration));
        app.Services.GetRequiredService<BridgeDatabase>().Write(() =>
        {
            foreach (var setup in app.Services.GetServices<IStorageSetup>())
            {
                setup.Prepare();
            }
        });
        var signIn = app.Services.GetRequiredService<LocalSignIn>();

        Assert.Equal(1, app.Services.GetRequiredService<IOptions<LocalAccountOptions>>().Value.LockoutAfter);
        Assert.Equal(LocalSignInOutcome.Ok, signIn.Check("alice", AccountsFixture.Password).Outcome);
        Assert.Equal(LocalSignInOutcome.LockedOut, signIn.Check("alice", "wrong").Outcome);
        Assert.True(app.Services.GetRequiredService<BridgeDatabase>().HasCollection("access_lockouts"));
        Assert.Contains(app.Services.GetServices<BridgeOptionsRegistration>(), r => r.Section == LocalAccountOptions.SectionName);
    }
}

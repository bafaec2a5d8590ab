using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.TestSupport;
using Bridge.Worker.Cli;
using Npgsql;

namespace Bridge.Integration.Tests.Storage;

/// <summary>
/// A PostgreSQL store that cannot be used stops the start with a message that names the setting and where it points,
/// and never shows the password: not on the console, not in the log.
/// </summary>
public sealed class PostgresStartTests : IAsyncLifetime
{
    private const string Password = "Sekr3t-Pa55word-never-shown";
    private readonly TempDirectory _dir = new();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync();
        SandboxConfig.WriteFor(_dir, _sandbox);
    }

    [Fact]
    public async Task ServerDown_StartStops_NamingTheSettingAndTheServer()
    {
        using var server = PostgresServer.StartNew();
        var connection = Connection(server.Port, Password);
        server.Kill();

        var (exit, text) = await RunAsync(connection);

        Assert.Equal(1, exit);
        Assert.Contains("Storage:ConnectionString", text, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{server.Port}", text, StringComparison.Ordinal);
        AssertNoPassword(text);
    }

    [Fact]
    public async Task WrongPassword_StartStops_SayingTheLoginWasRefused()
    {
        var (exit, text) = await RunAsync(Connection(PostgresServer.Shared.Port, Password));

        Assert.Equal(1, exit);
        Assert.Contains("Storage:ConnectionString", text, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", text, StringComparison.Ordinal);
        AssertNoPassword(text);
    }

    [Theory]
    [InlineData("", "Storage:ConnectionString is required when Storage:Provider is PostgreSql")]
    [InlineData("Server;Password=" + Password, "Storage:ConnectionString is not a PostgreSQL connection string")]
    [InlineData("Database=bridge;Password=" + Password, "Storage:ConnectionString names no Host")]
    public async Task BadConnectionString_Refused_NamingTheKey(string connection, string expected)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path, "--Storage:Provider=PostgreSql", $"--Storage:ConnectionString={connection}"], output, error);

        Assert.Equal(1, exit);
        var text = output + "\n" + error;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        AssertNoPassword(text);
    }

    private async Task<(int Exit, string Text)> RunAsync(string connection)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exit = await BridgeCli.RunAsync(["run", "--config", _dir.Path, "--Storage:Provider=PostgreSql", $"--Storage:ConnectionString={connection}"], output, error, timeout.Token);
        return (exit, output + "\n" + error);
    }

    private static string Connection(int port, string password) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "bridge",
        Password = password,
        Database = "postgres",
        Timeout = 5,
    }.ConnectionString;

    private void AssertNoPassword(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        var logs = Path.Combine(_dir.Path, "logs");
        if (Directory.Exists(logs))
        {
            foreach (var file in Directory.EnumerateFiles(logs))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                Assert.DoesNotContain(Password, reader.ReadToEnd(), StringComparison.Ordinal);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        _dir.Dispose();
    }
}

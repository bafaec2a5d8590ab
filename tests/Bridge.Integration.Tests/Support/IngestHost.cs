using System.Net;
using System.Net.Sockets;
using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Bridge.Worker.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Integration.Tests.Support;

/// <summary>The real bridge host (Kestrel on loopback, LiteDB in a temp dir) aimed at a sandbox, with a recording next stage.</summary>
public sealed class IngestHost : IAsyncDisposable
{
    public const string Secret = "test-callback-secret-1234";

    private IngestHost(WebApplication app, RecordingChangeHandler recorder, int port, string logDirectory)
    {
        LogDirectory = logDirectory;
        App = app;
        Recorder = recorder;
        Port = port;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        // The tests' client is the machine's CLI: it carries the console token the service wrote at start (an admin).
        ConsoleToken = app.Services.GetRequiredService<Bridge.Worker.Access.ConsoleToken>().Read()
            ?? throw new InvalidOperationException("The service wrote no console token.");
        Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ConsoleToken);
    }

    /// <summary>The bearer token the CLI on this machine would send (admin).</summary>
    public string ConsoleToken { get; }

    /// <summary>A client with no credentials, as a stranger on the network would call.</summary>
    public HttpClient Anonymous(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = new Uri($"http://127.0.0.1:{Port}/") };

    public WebApplication App { get; }

    /// <summary>Where the bridge writes its rolling log (inside the test's directory).</summary>
    public string LogDirectory { get; }

    public RecordingChangeHandler Recorder { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    internal TicketChangeStore ChangeStore => App.Services.GetRequiredService<TicketChangeStore>();

    internal CallbackInbox Inbox => App.Services.GetRequiredService<CallbackInbox>();

    internal TicketPoller Poller => App.Services.GetRequiredService<TicketPoller>();

    internal InboxProcessor Processor => App.Services.GetRequiredService<InboxProcessor>();

    internal CallbackRegistrar Registrar => App.Services.GetRequiredService<CallbackRegistrar>();

    public string CallbackPath => $"/callbacks/connectwise/{Secret}?recordId=";

    /// <summary>
    /// Starts the bridge on <paramref name="dir"/> (config written for the sandbox). Polling runs at start and
    /// then every <paramref name="pollInterval"/> (long by default, so tests drive it).
    /// </summary>
    public static async Task<IngestHost> StartAsync(
        SandboxServer sandbox,
        TempDirectory dir,
        bool register = false,
        int? port = null,
        TimeSpan? pollInterval = null,
        IReadOnlyDictionary<string, string?>? extra = null,
        Action<IServiceCollection>? configureServices = null,
        Action<TempDirectory>? prepare = null)
    {
        SandboxConfig.WriteFor(dir, sandbox);
        prepare?.Invoke(dir);
        var chosen = port ?? FreePort();
        var overrides = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{chosen}",
            ["ConnectWise:Callbacks:Register"] = register ? "true" : "false",
            ["Ingest:CallbackSecret"] = Secret,
            ["Ingest:PublicUrl"] = $"http://127.0.0.1:{chosen}",
            ["Ingest:PollInterval"] = (pollInterval ?? TimeSpan.FromHours(1)).ToString("c"),
        };
        foreach (var (key, value) in TestStorage.Overrides(dir))
        {
            overrides[key] = value;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var recorder = new RecordingChangeHandler();
        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", dir.Path], dir.Path), overrides, configureServices: services =>
        {
            services.AddSingleton<ITicketChangeHandler>(recorder);
            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        if (app.Services.GetRequiredService<TimeProvider>() is Microsoft.Extensions.Time.Testing.FakeTimeProvider clock)
        {
            Settling.Register(clock, app);
        }

        return new IngestHost(app, recorder, chosen, Path.Combine(dir.Path, "logs"));
    }

    /// <summary>Waits until the poll at start (cold start) has completed.</summary>
    public async Task WaitForPollsAsync(int cycles = 1)
    {
        // Only ends a hang: a cold start of thousands of tickets beside the other test projects on two cores takes its time.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(300);
        while (Poller.CompletedCycles < cycles)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Poll cycle {cycles} did not complete.{LoggedTrouble()}");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Waits until the inbox has nothing pending and every change went to the handlers. The limit only ends a hang:
    /// thousands of changes on a loaded machine take their time.
    /// </summary>
    public async Task WaitForQuietAsync()
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (Inbox.CountPending() > 0 || App.Services.GetRequiredService<Bridge.Worker.Engine.StageRegistry>().CountBehind() > 0)
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"The inbox did not drain.{LoggedTrouble()}");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Settling.Forget(App);
        Http.Dispose();
        try
        {
            await App.StopAsync();
        }
        catch (Exception ex)
        {
            // Whatever made the stop fail happened earlier: the bridge's own log says what.
            throw new InvalidOperationException($"The bridge did not stop cleanly.{LoggedTrouble()}", ex);
        }
        finally
        {
            await App.DisposeAsync();
        }
    }

    /// <summary>The warnings and errors in the bridge's log so far (with the lines that follow each), for a failure's message.</summary>
    public string LoggedTrouble()
    {
        if (!Directory.Exists(LogDirectory))
        {
            return string.Empty;
        }

        var picked = new List<string>();
        foreach (var file in Directory.EnumerateFiles(LogDirectory).Order(StringComparer.Ordinal))
        {
            string[] lines;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var reader = new StreamReader(stream))
            {
                lines = reader.ReadToEnd().Split('\n');
            }

            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("[WRN]", StringComparison.Ordinal) || lines[i].Contains("[ERR]", StringComparison.Ordinal) || lines[i].Contains("[FTL]", StringComparison.Ordinal))
                {
                    picked.AddRange(lines.Skip(i).Take(12).TakeWhile((l, n) => n == 0 || !l.StartsWith("20", StringComparison.Ordinal)));
                }
            }
        }

        return picked.Count == 0 ? " The bridge logged no warning or error." : $" The bridge logged:\n{string.Join('\n', picked.TakeLast(80))}";
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

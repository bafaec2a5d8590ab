using System.Net;
using System.Net.Sockets;
using Bridge.Integration.Tests.Support;
using Bridge.Sandbox;
using Bridge.Worker.Access;
using Bridge.Worker.Access.Accounts;
using Bridge.Worker.Kernel;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Bridge.Worker.Ingest;
using Bridge.Worker.OnCall;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SandboxTicket = Bridge.Sandbox.TicketChange;

namespace Bridge.Browser.Tests.Support;

/// <summary>
/// The real bridge (Kestrel on a loopback port, the shipped bridge.json: routing clients and the on-call rotation)
/// against the sandbox, both on one fake clock set in the small hours of a Tuesday, so a page rendered at a given
/// moment always reads the same. The email channel writes into a pickup folder.
/// </summary>
internal sealed class StatusPageHost : IAsyncDisposable
{
    /// <summary>Tuesday 24 November 2026, 01:40 in New York (EST): after hours on a business day.</summary>
    public static readonly DateTimeOffset NightStart = new(2026, 11, 24, 6, 40, 0, TimeSpan.Zero);

    private readonly TempDirectory _dir;

    private StatusPageHost(TempDirectory dir, FakeTimeProvider clock, SandboxServer sandbox, WebApplication app, Uri address)
    {
        _dir = dir;
        Clock = clock;
        Sandbox = sandbox;
        App = app;
        Address = address;
    }

    public FakeTimeProvider Clock { get; }

    public SandboxServer Sandbox { get; }

    public WebApplication App { get; }

    public Uri Address { get; }

    /// <summary>The machine's CLI token (an admin) the service wrote at start, for calls no browser makes.</summary>
    public string ConsoleToken => App.Services.GetRequiredService<ConsoleToken>().Read()
        ?? throw new InvalidOperationException("The service wrote no console token.");

    public IOnCallResolver OnCall => App.Services.GetRequiredService<IOnCallResolver>();

    /// <param name="start">The fake clock's first instant (<see cref="NightStart"/> unless given).</param>
    /// <param name="port">The bridge's loopback port (a free one unless given).</param>
    /// <param name="settings">Settings over the shipped configuration and the sandbox's.</param>
    /// <param name="accounts">Built-in accounts (name, role, password) written to <c>accounts.json</c> before the start.</param>
    public static async Task<StatusPageHost> StartAsync(
        DateTimeOffset? start = null, int? port = null, IReadOnlyDictionary<string, string?>? settings = null, IEnumerable<(string Name, AccessRole Role, string Password)>? accounts = null)
    {
        var clock = new FakeTimeProvider(start ?? NightStart);
        var sandbox = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        var dir = new TempDirectory();
        var shipped = Path.Combine(AppContext.BaseDirectory, "config");
        foreach (var file in new[] { "appsettings.json", "bridge.json", "bridge.schema.json" })
        {
            File.Copy(Path.Combine(shipped, file), Path.Combine(dir.Path, file));
        }

        AccountsFile.Write(Path.Combine(dir.Path, AccountsFile.FileName), [.. (accounts ?? []).Select(a =>
            new LocalAccount { Name = a.Name, Role = a.Role, PasswordHash = AccountPasswords.Hash(a.Password), CreatedAt = clock.GetUtcNow(), ChangedAt = clock.GetUtcNow(), ChangedBy = "test" })]);
        var listen = port ?? FreePort();
        var overrides = new Dictionary<string, string?>
        {
            ["Urls"] = $"http://127.0.0.1:{listen}",
            ["Logging:File:Enabled"] = "false",
            // Every browser test signs a fresh page in from loopback, more than the 10 a minute a real address gets; the
            // limit itself is tested through the running bridge in the integration tests.
            ["Access:SignInAttemptsPerMinute"] = "1000",
            ["ConnectWise:BaseUrl"] = sandbox.ApiBaseAddress.ToString(),
            ["ConnectWise:CompanyId"] = sandbox.Options.CompanyId,
            ["ConnectWise:PublicKey"] = sandbox.Options.PublicKey,
            ["ConnectWise:PrivateKey"] = sandbox.Options.PrivateKey,
            ["ConnectWise:ClientId"] = sandbox.Options.ClientId,
            ["ConnectWise:Callbacks:Register"] = "false",
            ["Ingest:PollInterval"] = "01:00:00",
            ["Channels:Email:From"] = "Bridge <bridge@bridgedemo.example>",
            ["Channels:Email:PickupDirectory"] = "mailbox",
        };
        // Everyone's first contact is e-mail, so every page lands in the mailbox with its links.
        var people = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(dir.Path, "bridge.json")))![OnCallOptions.SectionName]!["People"]!.AsArray();
        for (var i = 0; i < people.Count; i++)
        {
            overrides[$"OnCall:People:{i}:Contacts:0:Kind"] = "Email";
            overrides[$"OnCall:People:{i}:Contacts:0:Address"] = $"{(string)people[i]!["Member"]!}@bridgedemo.example";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", dir.Path], dir.Path), overrides, configureServices: services =>
            services.AddSingleton<TimeProvider>(clock));
        await app.StartAsync();
        var host = new StatusPageHost(dir, clock, sandbox, app, new Uri($"http://127.0.0.1:{listen}/"));
        await host.WaitForQuietAsync(polls: 1);
        return host;
    }

    /// <summary>Moves the shared clock on (the sandbox stamps tickets with it, the page measures "ago" with it).</summary>
    public void Advance(TimeSpan by) => Clock.Advance(by);

    /// <summary>Creates a ticket in the sandbox and lets the bridge poll, track and route it.</summary>
    public async Task<int> CreateTicketAsync(string company, string summary, Action<SandboxTicket> configure)
    {
        var id = (int)Sandbox.State.CreateTicket(company, summary, configure)["id"]!;
        await App.Services.GetRequiredService<TicketPoller>().PollOnceAsync(CancellationToken.None);
        await WaitForQuietAsync();
        return id;
    }

    /// <summary>The demo mailbox: every page the bridge sent, as .eml files.</summary>
    public string Mailbox => Path.Combine(_dir.Path, "mailbox");

    /// <summary>The acknowledgement link in the latest page about <paramref name="ticketId"/> sent to <paramref name="member"/>.</summary>
    public string AckLinkFor(int ticketId, string member) =>
        Directory.GetFiles(Mailbox, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(file => MimeKit.MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(a => a.Address.StartsWith(member + "@", StringComparison.OrdinalIgnoreCase))
                && m.Subject is not null && m.Subject.Contains($"#{ticketId} ", StringComparison.Ordinal))
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.TextBody ?? "", @"http://127\.0\.0\.1:\d+/ack/\d+/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+"))
            .LastOrDefault(m => m.Success)?.Value
            ?? throw new InvalidOperationException($"No page about ticket #{ticketId} to {member} in {Mailbox}.");

    public async ValueTask DisposeAsync()
    {
        try
        {
            // A host on a fake clock is stopped before it is disposed (Quartz waits on the clock otherwise).
            await App.StopAsync();
        }
        finally
        {
            await App.DisposeAsync();
            await Sandbox.DisposeAsync();
            _dir.Dispose();
        }
    }

    /// <summary>Until the escalation engine has run everything due at the clock's instant.</summary>
    public async Task SettleAsync()
    {
        var incidents = App.Services.GetRequiredService<Bridge.Worker.Escalation.Incidents.IncidentStore>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (incidents.Due(Clock.GetUtcNow()).Count > 0)
        {
            await Task.Delay(20, deadline.Token);
        }

        await WaitForQuietAsync();
    }

    private async Task WaitForQuietAsync(int polls = 0)
    {
        var poller = App.Services.GetRequiredService<TicketPoller>();
        var inbox = App.Services.GetRequiredService<CallbackInbox>();
        var dispatcher = App.Services.GetRequiredService<Bridge.Worker.Engine.StageRegistry>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (poller.CompletedCycles < polls || inbox.CountPending() > 0 || dispatcher.CountBehind() > 0)
        {
            await Task.Delay(20, deadline.Token);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using Bridge.Worker.Kernel;
using System.Globalization;
using Bridge.Sandbox;
using Bridge.Worker.Demo;
using Bridge.Worker.OnCall;
using NodaTime;

namespace Bridge.Worker.Cli;

/// <summary>
/// <c>bridge demo [--once] [--at TIME] [--speed N]</c>: starts the ConnectWise sandbox on loopback with sample
/// data and runs the bridge against it with the demo profile, so a newcomer needs no ConnectWise account. Both
/// run on a <see cref="DemoClock"/> set in tonight's small hours and running fast, pages land in a local mailbox,
/// and the terminal shows a live timeline. <c>--once</c> plays the night and exits 0; otherwise Ctrl+C stops it.
/// </summary>
internal static class DemoCommand
{
    public const string Profile = "demo";

    /// <summary>ConnectWise timeouts in real time; the demo clock would otherwise shrink them with everything else.</summary>
    private static readonly TimeSpan RealAttemptTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxAttemptTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RealTotalTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxTotalTimeout = TimeSpan.FromMinutes(30);

    public static async Task<int> RunAsync(BridgeCommand command, DemoArguments arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var files = DemoFiles.Read(command.ConfigDirectory, command.HostArgs, new Dictionary<string, string?>(), Profile);
        var start = DemoStart.Tonight(TimeProvider.System.GetUtcNow(), files.Zone);
        if (arguments.At is not null && !InstantText.TryParse(arguments.At, files.Zone, out start))
        {
            await error.WriteLineAsync($"--at '{arguments.At}' is not a time; write it as 2026-11-24 02:00 (the MSP's wall clock, {files.Zone.Id}) or 2026-11-24T02:00-05:00.");
            return 2;
        }

        if (files.Reset() is { } problem)
        {
            await error.WriteLineAsync(problem);
            return 1;
        }

        var clock = new DemoClock(start, arguments.Speed);
        var terminal = new DemoTerminal(output);
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { SeedSampleData = true, TimeProvider = clock }, cancellationToken);
        var overrides = new Dictionary<string, string?>
        {
            ["ConnectWise:BaseUrl"] = sandbox.ApiBaseAddress.ToString(),
            ["ConnectWise:CompanyId"] = sandbox.Options.CompanyId,
            ["ConnectWise:PublicKey"] = sandbox.Options.PublicKey,
            ["ConnectWise:PrivateKey"] = sandbox.Options.PrivateKey,
            ["ConnectWise:ClientId"] = sandbox.Options.ClientId,
            ["ConnectWise:Resilience:AttemptTimeout"] = DemoDuration(clock, RealAttemptTimeout, MaxAttemptTimeout),
            ["ConnectWise:Resilience:TotalTimeout"] = DemoDuration(clock, RealTotalTimeout, MaxTotalTimeout),
        };

        await output.WriteLineAsync($"Demo night: {Describe(start, files.Zone)}, the clock running ×{arguments.Speed.ToString("0.##", CultureInfo.InvariantCulture)} ({Pace(clock)}).");
        await output.WriteLineAsync($"ConnectWise sandbox: {sandbox.ApiBaseAddress} (control surface {new Uri(sandbox.BaseAddress, "_sandbox/")})");
        return await RunCommand.RunAsync(
            command,
            output,
            error,
            cancellationToken,
            overrides,
            Profile,
            onStarted: app => PlayAsync(app, sandbox, clock, terminal, files, arguments.Once),
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton(terminal);
                services.AddSingleton<DemoTimeline>();
                services.AddHostedService(sp => sp.GetRequiredService<DemoTimeline>());
            });
    }

    private static async Task PlayAsync(WebApplication app, SandboxServer sandbox, DemoClock clock, DemoTerminal terminal, DemoFiles files, bool once)
    {
        var output = terminal.Writer;
        var url = new Uri(app.Urls.First());
        foreach (var address in app.Urls)
        {
            await output.WriteLineAsync($"Bridge: {address}  (status page {address.TrimEnd('/')}/ · health {address.TrimEnd('/')}/health/ready)");
        }

        if (files.Mailbox is not null)
        {
            await output.WriteLineAsync($"Mailbox: {files.Mailbox} (every page is a .eml file there)");
        }

        var passwordFile = DemoAdmin.Ensure(app.Services.GetRequiredService<BridgeEnvironment>().ConfigDirectory, files.StateFile, app.Services.GetRequiredService<TimeProvider>());
        await output.WriteLineAsync($"Sign in: {url.AbsoluteUri.TrimEnd('/')}/signin as {DemoAdmin.Name} (an admin); the password is in {passwordFile}, readable only by you.");

        await output.WriteLineAsync($"Timeline (the bridge's clock, {files.Zone.Id}):");
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            var timeline = app.Services.GetRequiredService<DemoTimeline>();
            await DemoScenario.RunAsync(new DemoContext(sandbox, app, url, clock, terminal, timeline), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return;
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Where to look: the status page {url}, the tickets in the sandbox {new Uri(sandbox.BaseAddress, "_sandbox/")},");
        await output.WriteLineAsync($"  the incident's whole timeline with `bridge incident 1`, the ticket changes with `bridge tickets --recent`{(files.Mailbox is null ? "" : $", the pages in {files.Mailbox}")}.");
        if (once)
        {
            app.Lifetime.StopApplication();
        }
        else
        {
            await output.WriteLineAsync("The night goes on; press Ctrl+C to stop.");
        }
    }

    /// <summary>A timeout as the demo clock counts it, so that it lasts <paramref name="real"/> (capped at the option's maximum).</summary>
    private static string DemoDuration(DemoClock clock, TimeSpan real, TimeSpan max)
    {
        var demo = clock.ToDemo(real);
        return (demo < max ? demo : max).ToString("c", CultureInfo.InvariantCulture);
    }

    private static string Describe(DateTimeOffset start, DateTimeZone zone)
    {
        var local = Instant.FromDateTimeOffset(start).InZone(zone);
        return $"{local.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} {local.GetZoneInterval().Name} ({zone.Id})";
    }

    private static string Pace(DemoClock clock) => clock.Speed >= 60
        ? string.Create(CultureInfo.InvariantCulture, $"an hour of the night takes {RelativeTimeText(clock.ToReal(TimeSpan.FromHours(1)))}")
        : string.Create(CultureInfo.InvariantCulture, $"a minute of the night takes {RelativeTimeText(clock.ToReal(TimeSpan.FromMinutes(1)))}");

    private static string RelativeTimeText(TimeSpan real) =>
        real < TimeSpan.FromMinutes(2)
            ? string.Create(CultureInfo.InvariantCulture, $"{real.TotalSeconds:0.#} s")
            : string.Create(CultureInfo.InvariantCulture, $"{real.TotalMinutes:0.#} min");
}

using Bridge.Sandbox;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// The real bridge host in this process (as the integration tests start it), on a scratch copy of the shipped
/// configuration aimed at a sandbox: for benchmarks that call into the bridge between measurements (poll cycles).
/// While it runs, its console log goes to <c>console.log</c> in the scratch directory, not into the results.
/// </summary>
internal sealed class InProcessBridge : IAsyncDisposable
{
    private readonly TextWriter _console;
    private readonly StreamWriter _log;

    private InProcessBridge(WebApplication app, TextWriter console, StreamWriter log)
    {
        App = app;
        _console = console;
        _log = log;
    }

    public WebApplication App { get; }

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public static async Task<InProcessBridge> StartAsync(SandboxServer sandbox, ScratchDirectory scratch, IReadOnlyDictionary<string, string?> extra)
    {
        var console = Console.Out;
        var log = new StreamWriter(Path.Combine(scratch.Path, "console.log"), append: true) { AutoFlush = true };
        Console.SetOut(log);
        try
        {
            var settings = BridgeSettings.For(sandbox, BridgeSettings.FreePort(), extra);
            var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", scratch.Path], scratch.Path), settings);
            await app.StartAsync();
            return new InProcessBridge(app, console, log);
        }
        catch
        {
            Console.SetOut(console);
            await log.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
        finally
        {
            Console.SetOut(_console);
            await _log.DisposeAsync();
        }
    }
}

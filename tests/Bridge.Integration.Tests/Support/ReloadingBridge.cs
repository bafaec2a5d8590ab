using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bridge.Worker.Cli;
using Bridge.Worker.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// The bridge host on a configuration directory with file watching switched on (as <c>bridge run</c> has it),
/// logging to a file there, and helpers to edit <c>bridge.json</c> and wait for the reload it causes.
/// </summary>
public sealed class ReloadingBridge : IAsyncDisposable
{
    /// <summary>Long enough for a loaded CI machine; a reload normally lands within a second of the edit.</summary>
    private static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _dir;

    private ReloadingBridge(TempDirectory dir, WebApplication app)
    {
        _dir = dir;
        App = app;
        Http = ConsoleClient.For(app);
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public string BridgeJson => Path.Combine(_dir.Path, "bridge.json");

    /// <summary>Starts the bridge on <paramref name="dir"/>, whose bridge.json is already written; logs go to <c>logs/</c> there.</summary>
    public static async Task<ReloadingBridge> StartAsync(TempDirectory dir)
    {
        dir.Write("appsettings.json", """
            { "Urls": "http://127.0.0.1:0", "Logging": { "File": { "Path": "logs/bridge-.log" } } }
            """);
        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", dir.Path], dir.Path), watchConfiguration: true);
        await app.StartAsync();
        return new ReloadingBridge(dir, app);
    }

    public async Task<JsonElement> StatusAsync() =>
        await Http.GetFromJsonAsync<JsonElement>("/config/status");

    /// <summary>Edits bridge.json as an admin would (read, change, save) and waits until the bridge has read it.</summary>
    public Task<JsonElement> EditAsync(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(BridgeJson))!.AsObject();
        edit(root);
        return SaveAsync(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Saves bridge.json with <paramref name="text"/> and returns the status once the bridge has read it.</summary>
    public async Task<JsonElement> SaveAsync(string text)
    {
        var checks = (await StatusAsync()).GetProperty("checks").GetInt32();
        await File.WriteAllTextAsync(BridgeJson, text);
        using var timeout = new CancellationTokenSource(ReloadWait);
        while (true)
        {
            var status = await StatusAsync();
            if (status.GetProperty("checks").GetInt32() > checks)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
        }
    }

    /// <summary>Everything logged so far (the file stays open for writing while the bridge runs).</summary>
    public string Log()
    {
        var file = Directory.GetFiles(Path.Combine(_dir.Path, "logs"), "bridge-*.log").Single();
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}

using System.Diagnostics;
using System.Globalization;

namespace Bridge.Benchmarks.Support;

/// <summary>
/// The worker as an admin runs it: its own process (<c>Bridge.Worker run --config DIR</c>), output to a log file
/// in the configuration directory, ready when <c>/health/ready</c> answers 200. Ended with SIGKILL, as a crash
/// would end it, so that what it answered 200 to can be checked against what is on disk.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process, Uri baseAddress, DateTimeOffset startedAt, TimeSpan startToReady)
    {
        _process = process;
        BaseAddress = baseAddress;
        StartedAt = startedAt;
        StartToReady = startToReady;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>The wall clock just before the process was started (to compare with instants in its log).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>From the process start to the first 200 of <c>/health/ready</c> (storage and ConnectWise checked).</summary>
    public TimeSpan StartToReady { get; }

    /// <param name="environment">Settings given as <c>Bridge__…</c> environment variables instead (secrets: the storage connection string).</param>
    public static Task<WorkerProcess> StartAsync(string worker, string configDirectory, IReadOnlyDictionary<string, string?> settings, IReadOnlyDictionary<string, string>? environment = null) =>
        StartAsync([.. CommandFor(worker), "run", "--config", configDirectory, .. BridgeSettings.AsSwitches(settings)], configDirectory, new Uri(settings["Urls"]! + "/"), environment);

    /// <summary>
    /// Any command line that runs the bridge on <paramref name="configDirectory"/> and listens on
    /// <paramref name="baseAddress"/> (e.g. this program's hidden <c>bridge-on-clock</c> verb), with
    /// <paramref name="environment"/> added to the inherited environment.
    /// </summary>
    public static async Task<WorkerProcess> StartAsync(IReadOnlyList<string> commandLine, string configDirectory, Uri baseAddress, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = configDirectory };
        // exec keeps the pid: the process measured and killed is the worker itself, not a shell.
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" > worker.log 2>&1");
        start.ArgumentList.Add("sh");
        foreach (var arg in commandLine)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine[0]}.");
        try
        {
            await WaitReadyAsync(process, baseAddress, configDirectory);
            return new WorkerProcess(process, baseAddress, startedAt, clock.Elapsed);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>How to start a .NET program: an apphost as it is, a <c>.dll</c> through <c>dotnet</c>.</summary>
    public static IReadOnlyList<string> CommandFor(string program) =>
        program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", program] : [program];

    /// <summary>Resident set size now, from <c>/proc</c>.</summary>
    public long RssBytes() => ProcStatus("VmRSS:");

    /// <summary>Peak resident set size since start.</summary>
    public long PeakRssBytes() => ProcStatus("VmHWM:");

    /// <summary>Resident anonymous memory: GC heaps and native allocations.</summary>
    public long RssAnonBytes() => ProcStatus("RssAnon:");

    /// <summary>Resident shared memory: with W^X on (the default) the JIT's code is double-mapped through a memfd and counts here.</summary>
    public long RssShmemBytes() => ProcStatus("RssShmem:");

    /// <summary>Resident file-backed memory: the runtime, ASP.NET Core and the libraries, mapped from disk.</summary>
    public long RssFileBytes() => ProcStatus("RssFile:");

    /// <summary>CPU time (user + system) the process used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Crash()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Crash();
        _process.Dispose();
    }

    private long ProcStatus(string field)
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith(field, StringComparison.Ordinal))
            {
                var kb = line[field.Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"{field} not in /proc/{_process.Id}/status");
    }

    private static async Task WaitReadyAsync(Process process, Uri baseAddress, string configDirectory)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited with {process.ExitCode}; see {Path.Combine(configDirectory, "worker.log")}.");
            }

            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"The worker was not ready within 90 s; see {Path.Combine(configDirectory, "worker.log")}.");
    }
}

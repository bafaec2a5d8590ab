using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Bridge.Integration.Tests.Support;

/// <summary>
/// A real bridge process (<c>dotnet Bridge.Worker.dll run --config DIR</c>) with its settings given as
/// <c>Bridge__Section__Key</c> environment variables, as a service manager would start it. Its output goes to
/// <see cref="OutputFile"/> in the configuration directory. Tests end it the ways a machine can: SIGKILL
/// (<see cref="Kill"/>), SIGSTOP/SIGCONT (<see cref="Pause"/>, <see cref="Resume"/>: a VM frozen or a process
/// starved past its lease) or SIGTERM (<see cref="StopAsync"/>). Always killed on dispose, so no test leaves a
/// bridge running.
/// </summary>
/// <remarks>Also compiled into the benchmarks (linked), for the failover benchmark.</remarks>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const string EnvironmentPrefix = "Bridge__";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(45);
    private readonly Process _process;
    private readonly StreamWriter _output;
    private readonly Lock _outputGate = new();

    private WorkerProcess(string name, Process process, StreamWriter output, string outputFile, int port)
    {
        Name = name;
        _process = process;
        _output = output;
        OutputFile = outputFile;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        Http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    /// <summary>A name for messages (the test's, e.g. the instance name).</summary>
    public string Name { get; }

    public int Id => _process.Id;

    /// <summary>Where it listens: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client on <see cref="BaseAddress"/> carrying the console token (an admin, as the machine's CLI is).</summary>
    public HttpClient Http { get; }

    /// <summary>Its standard output and error, line by line.</summary>
    public string OutputFile { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once it has exited (a signal's death reads 128 + the signal), else null.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>The program run: the worker beside this assembly (copied into the test output by the project reference).</summary>
    public static string DefaultWorker => Path.Combine(AppContext.BaseDirectory, "Bridge.Worker.dll");

    /// <summary>
    /// Starts the worker on <paramref name="configDirectory"/> listening on <paramref name="port"/>, with
    /// <paramref name="settings"/> (<c>Section:Key</c>) as environment variables, and waits until
    /// <c>/health</c> answers (a standby's readiness may be degraded: it does not poll).
    /// </summary>
    public static async Task<WorkerProcess> StartAsync(string name, string configDirectory, int port, IReadOnlyDictionary<string, string?> settings, string? worker = null)
    {
        var program = worker ?? DefaultWorker;
        var start = new ProcessStartInfo
        {
            FileName = program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? "dotnet" : program,
            UseShellExecute = false,
            WorkingDirectory = configDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        if (start.FileName == "dotnet")
        {
            start.ArgumentList.Add(program);
        }

        foreach (var argument in new[] { "run", "--config", configDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[EnvironmentPrefix + "Urls"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        foreach (var (key, value) in settings)
        {
            start.Environment[EnvironmentPrefix + key.Replace(":", "__", StringComparison.Ordinal)] = value ?? "";
        }

        // A killed worker's token is still there: the new one is read only once this process has issued its own.
        var tokenFile = Path.Combine(configDirectory, "data", "console.token");
        if (File.Exists(tokenFile))
        {
            File.Delete(tokenFile);
        }

        var outputFile = Path.Combine(configDirectory, $"{name}.out.log");
        var output = new StreamWriter(outputFile, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var started = new WorkerProcess(name, process, output, outputFile, port);
        process.OutputDataReceived += (_, e) => started.Write(e.Data);
        process.ErrorDataReceived += (_, e) => started.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        try
        {
            var token = await started.WaitLiveAsync(tokenFile);
            started.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, the lease is not given up, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    /// <summary>SIGSTOP: the process is frozen (timers, renewals, sends in flight) until <see cref="Resume"/>.</summary>
    public void Pause() => Signal("STOP");

    /// <summary>SIGCONT: the frozen process carries on where it stopped, its monotonic clock having jumped.</summary>
    public void Resume() => Signal("CONT");

    /// <summary>SIGTERM, as a service manager stops it, then waits for it to exit; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        Signal("TERM");
        return await WaitForExitAsync(timeout);
    }

    /// <summary>Waits (bounded) for the process to exit on its own; returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Worker {Name} did not exit within {timeout.TotalSeconds} s; see {OutputFile}.");
        }

        return _process.ExitCode;
    }

    /// <summary>The <c>lease</c> entry of <c>/health/ready</c> ("held by this instance", "held by b", …), or null when it does not answer.</summary>
    public async Task<string?> LeaseAsync()
    {
        try
        {
            using var response = await Http.GetAsync("health/ready");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("checks").GetProperty("lease").GetProperty("detail").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when <c>/health/ready</c> says this instance holds the engine lease.</summary>
    public async Task<bool> HoldsLeaseAsync() =>
        (await LeaseAsync())?.Contains("held by this instance", StringComparison.Ordinal) == true;

    /// <summary>Polls (bounded) until this instance holds the engine lease; returns when it was first seen held.</summary>
    public async Task<DateTimeOffset> WaitHoldsLeaseAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await HoldsLeaseAsync())
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"Worker {Name} did not take the engine lease within {timeout.TotalSeconds} s ({await LeaseAsync()}); see {OutputFile}.");
            }

            await Task.Delay(20);
        }

        return DateTimeOffset.UtcNow;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // A stopped process dies of SIGKILL too; SIGCONT first only so that it is not left stopped if the kill failed.
            Signal("CONT");
        }

        Kill();
        await _process.WaitForExitAsync();
        Http.Dispose();
        _process.Dispose();
        lock (_outputGate)
        {
            _output.Dispose();
        }
    }

    /// <summary>The last lines of its output, for a failure's message (the test directory is deleted after the test).</summary>
    public string OutputTail(int lines = 40)
    {
        lock (_outputGate)
        {
            using var reader = new StreamReader(new FileStream(OutputFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.Skip(Math.Max(0, all.Length - lines)));
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputGate)
        {
            if (_output.BaseStream.CanWrite)
            {
                _output.WriteLine(line);
            }
        }
    }

    private void Signal(string signal)
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("Could not run kill.");
        kill.WaitForExit();
        if (kill.ExitCode != 0 && !_process.HasExited)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} exited {kill.ExitCode}.");
        }
    }

    /// <summary>Polls until <c>/health</c> answers and the console token the service issues at start is there; returns the token.</summary>
    private async Task<string> WaitLiveAsync(string tokenFile)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Worker {Name} exited with {_process.ExitCode} before it answered:\n{OutputTail()}");
            }

            try
            {
                using var response = await Http.GetAsync("health");
                if (response.IsSuccessStatusCode && File.Exists(tokenFile) && File.ReadAllText(tokenFile).Trim() is { Length: > 0 } token)
                {
                    return token;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                // Not listening yet, or the token file is being written.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"Worker {Name} did not answer /health within {StartTimeout.TotalSeconds} s:\n{OutputTail()}");
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Bridge.TestSupport;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb into a fresh directory under /tmp, started with pg_ctl on a free
/// loopback port with password (SCRAM) authentication, so storage tests run against a real server without any
/// machine setup beyond Debian's postgresql package. When the tests run as root (CI) the cluster is owned by and
/// runs as the <c>postgres</c> user (or <c>nobody</c>), because initdb and postgres refuse to run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string DirectoryPrefix = "bridge-pg-";
    private const string SuperUser = "bridge";
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<PostgresServer> SharedServer = new(StartShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _directory;
    private readonly string? _runAs;
    private readonly bool _shared;
    private readonly bool _durable;
    private readonly object _gate = new();
    private bool _disposed;

    private PostgresServer(bool shared, bool durable = false)
    {
        _shared = shared;
        _durable = durable;
        BinDirectory = FindBinDirectory();
        _runAs = IsRoot() ? UnprivilegedUser() : null;
        RemoveStaleClusters(BinDirectory, _runAs);

        _directory = Path.Combine("/tmp", $"{DirectoryPrefix}{Environment.ProcessId}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}");
        Password = RandomNumberGenerator.GetHexString(32, lowercase: true);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            InitializeCluster();
            Port = StartOnFreePort();
        }
        catch
        {
            Dispose(stopShared: true, exiting: false);
            throw;
        }
    }

    /// <summary>
    /// The cluster every test in this process shares: started on first use (thread-safe), stopped and deleted when
    /// the process exits. Tests isolate themselves with <see cref="CreateDatabase"/> instead of their own server.
    /// </summary>
    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>The address the server listens on (loopback only; no Unix socket).</summary>
    public string Host => "127.0.0.1";

    /// <summary>The TCP port the server listens on, picked free at start and kept across <see cref="Restart"/>.</summary>
    public int Port { get; private set; }

    /// <summary>The superuser initdb created; tests connect as it.</summary>
    public string User => SuperUser;

    /// <summary>The superuser's password, random per cluster so a test can only reach servers it was given.</summary>
    public string Password { get; }

    /// <summary>The directory holding initdb, pg_ctl and postgres that this cluster was made with.</summary>
    public string BinDirectory { get; }

    /// <summary>
    /// Starts a private cluster (own directory, own port) for a test that needs to stop or restart the server, for
    /// example to see how the code behaves when PostgreSQL is unreachable. The caller disposes it.
    /// </summary>
    /// <param name="durable">
    /// Keep PostgreSQL's defaults (fsync, full page writes) instead of turning them off for speed: for benchmarks,
    /// where a commit must cost what it costs on a real server.
    /// </param>
    public static PostgresServer StartNew(bool durable = false) => new(shared: false, durable);

    /// <summary>A connection string for <paramref name="database"/> on this server, with pooling on.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = Host,
        Port = Port,
        Username = User,
        Password = Password,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>
    /// Creates a fresh, uniquely named database (from template0) so a test starts from an empty schema without
    /// affecting others sharing the server. Disposing the result drops it.
    /// </summary>
    public PostgresDatabase CreateDatabase(string? prefix = null)
    {
        var name = $"{SafePrefix(prefix)}_{RandomNumberGenerator.GetHexString(12, lowercase: true)}";
        ExecuteAdmin($"CREATE DATABASE {QuoteIdentifier(name)} TEMPLATE template0");
        return new PostgresDatabase(this, name, ConnectionString(name));
    }

    /// <summary>Stops the server at once (<c>pg_ctl stop -m immediate</c>), as a crash or outage would.</summary>
    public void Kill()
    {
        RequirePrivate();
        var result = PgCtl("stop", "-m", "immediate");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl stop failed ({result.ExitCode}): {result.Output}");
        }
    }

    /// <summary>Starts the server again on the same port after <see cref="Kill"/>, as a recovered outage would.</summary>
    public void Restart()
    {
        RequirePrivate();
        var failure = TryStart(Port);
        if (failure is not null)
        {
            throw new InvalidOperationException($"PostgreSQL did not restart on port {Port}: {failure}");
        }
    }

    /// <summary>
    /// Stops a private server and deletes its directory. On <see cref="Shared"/> it does nothing: that cluster lives
    /// until the process exits, because other tests are still using it.
    /// </summary>
    public void Dispose() => Dispose(stopShared: false, exiting: false);

    internal void DropDatabase(string name)
    {
        using (var connection = new NpgsqlConnection(ConnectionString(name)))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        ExecuteAdmin($"DROP DATABASE IF EXISTS {QuoteIdentifier(name)} WITH (FORCE)");
    }

    private static PostgresServer StartShared() => new(shared: true);

    private void Dispose(bool stopShared, bool exiting)
    {
        if (_shared && !stopShared)
        {
            return;
        }

        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (!exiting || !TryStopAndDeleteDetached())
        {
            StopAndDelete(BinDirectory, _directory, _runAs);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose(stopShared: true, exiting: true);

    /// <summary>
    /// At process exit, hands the stop and delete to a detached shell: the test runner kills its test host about
    /// 100 ms after asking it to exit, which is too soon for pg_ctl plus deleting a cluster. False when it could not.
    /// </summary>
    private bool TryStopAndDeleteDetached()
    {
        const string stop = "\"$1\" -D \"$2\" stop -m immediate";
        var script = "exec </dev/null >/dev/null 2>&1; "
            + (_runAs is null ? stop : "runuser -u \"$4\" -- " + stop)
            + "; rm -rf -- \"$3\"";
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            WorkingDirectory = "/",
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-f", "/bin/sh", "-c", script, "sh", Path.Combine(BinDirectory, "pg_ctl"), DataDirectory, _directory, _runAs ?? "" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            return process is not null && process.WaitForExit(TimeSpan.FromSeconds(2)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private void RequirePrivate()
    {
        if (_shared)
        {
            throw new InvalidOperationException("Kill and Restart are for servers from StartNew(); other tests use the shared one.");
        }
    }

    private void ExecuteAdmin(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void InitializeCluster()
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The throwaway PostgreSQL cluster needs a Unix (Debian's postgresql package).");
        }

        Directory.CreateDirectory(_directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(_directory, "pwfile");
        File.WriteAllText(passwordFile, Password + "\n");
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (_runAs is not null)
        {
            var chown = Run("chown", [$"{_runAs}:", _directory, passwordFile], runAs: null, _directory);
            if (chown.ExitCode != 0)
            {
                throw new InvalidOperationException($"chown of {_directory} to {_runAs} failed: {chown.Output}");
            }
        }

        var initdb = Run(
            Path.Combine(BinDirectory, "initdb"),
            ["-D", DataDirectory, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--locale=C", "--no-sync"],
            _runAs,
            _directory);
        File.Delete(passwordFile);
        if (initdb.ExitCode != 0)
        {
            throw new InvalidOperationException($"initdb failed ({initdb.ExitCode}): {initdb.Output}");
        }
    }

    private int StartOnFreePort()
    {
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var port = FreePort();
            var failure = TryStart(port);
            if (failure is null)
            {
                return port;
            }

            failures.Append(CultureInfo.InvariantCulture, $"attempt {attempt} on port {port}: {failure}\n");
            PgCtl("stop", "-m", "immediate");
        }

        throw new InvalidOperationException($"PostgreSQL did not start in {_directory}:\n{failures}");
    }

    /// <summary>Starts the server on <paramref name="port"/>; null when it is up, else why it is not.</summary>
    private string? TryStart(int port)
    {
        string[] speed = _durable ? [] : ["-c fsync=off", "-c full_page_writes=off"];
        var options = string.Join(
            ' ',
            [
                "-c listen_addresses=127.0.0.1",
                $"-p {port.ToString(CultureInfo.InvariantCulture)}",
                "-c unix_socket_directories=''",
                .. speed,
                "-c max_connections=300",
            ]);
        var result = PgCtl("-l", LogFile, "-w", "-t", "60", "-o", options, "start");
        return result.ExitCode == 0 ? null : $"pg_ctl exited {result.ExitCode}: {result.Output}\nserver.log:\n{LogTail(LogFile)}";
    }

    private string DataDirectory => Path.Combine(_directory, "data");

    private string LogFile => Path.Combine(_directory, "server.log");

    private ProcessResult PgCtl(params string[] arguments) =>
        Run(Path.Combine(BinDirectory, "pg_ctl"), ["-D", DataDirectory, .. arguments], _runAs, _directory);

    private static void StopAndDelete(string binDirectory, string directory, string? runAs)
    {
        var data = Path.Combine(directory, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                Run(Path.Combine(binDirectory, "pg_ctl"), ["-D", data, "stop", "-m", "immediate"], runAs, directory);
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
            {
                // Best effort: the directory goes anyway; a server left running dies with the container.
            }
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another process removed it first, or a file is still held; the next start sweeps it.
        }
    }

    /// <summary>
    /// Stops and deletes clusters whose test process is gone (killed runs never reach ProcessExit), so a crashed run
    /// leaves a server behind only until the next one starts.
    /// </summary>
    private static void RemoveStaleClusters(string binDirectory, string? runAs)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories("/tmp", DirectoryPrefix + "*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var rest = Path.GetFileName(candidate)[DirectoryPrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0
                || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId
                || IsRunning(pid))
            {
                continue;
            }

            StopAndDelete(binDirectory, candidate, runAs);
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string FindBinDirectory()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(version => (Version: ParseVersion(Path.GetFileName(version)), Bin: Path.Combine(version, "bin")))
                .Where(candidate => File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        try
        {
            var pgConfig = Run("pg_config", ["--bindir"], runAs: null, workingDirectory: null);
            var bin = pgConfig.StandardOutput.Trim();
            if (pgConfig.ExitCode == 0 && File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            {
                return bin;
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: fall through to the message below.
        }

        throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found; test.sh installs Debian's postgresql package");
    }

    private static decimal ParseVersion(string name) =>
        decimal.TryParse(name, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var version) ? version : 0m;

    private static bool IsRoot()
    {
        if (Environment.UserName == "root")
        {
            return true;
        }

        try
        {
            return Run("id", ["-u"], runAs: null, workingDirectory: null).StandardOutput.Trim() == "0";
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string UnprivilegedUser()
    {
        try
        {
            var users = File.ReadLines("/etc/passwd").Select(line => line.Split(':')[0]);
            return users.Contains("postgres") ? "postgres" : "nobody";
        }
        catch (IOException)
        {
            return "nobody";
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string LogTail(string logFile)
    {
        try
        {
            var lines = File.ReadAllLines(logFile);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 30)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"(no server.log: {ex.Message})";
        }
    }

    private static string SafePrefix(string? prefix)
    {
        var safe = new string((prefix ?? "test").ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_').ToArray());
        if (safe.Length == 0 || !char.IsAsciiLetterLower(safe[0]))
        {
            safe = "t" + safe;
        }

        return safe.Length > 40 ? safe[..40] : safe;
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Runs a program (through <c>runuser</c> when <paramref name="runAs"/> is set) with a timeout.</summary>
    private static ProcessResult Run(string fileName, IReadOnlyList<string> arguments, string? runAs, string? workingDirectory)
    {
        var start = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        if (runAs is null)
        {
            start.FileName = fileName;
        }
        else
        {
            start.FileName = "runuser";
            foreach (var prefix in new[] { "-u", runAs, "--", fileName })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {ProcessTimeout.TotalSeconds} s.");
        }

        // A daemon child could keep the pipes open; the output is for messages only, so do not wait on it long.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(5));
        return new ProcessResult(
            process.ExitCode,
            stdout.IsCompletedSuccessfully ? stdout.Result : string.Empty,
            stderr.IsCompletedSuccessfully ? stderr.Result : string.Empty);
    }

    private sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => (StandardOutput + "\n" + StandardError).Trim();
    }
}

/// <summary>
/// A database made by <see cref="PostgresServer.CreateDatabase"/> for one test; disposing drops it (forcing off any
/// connections still open) so the shared cluster does not fill up over a run.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly PostgresServer _server;
    private int _disposed;

    internal PostgresDatabase(PostgresServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database name, unique per call.</summary>
    public string Name { get; }

    /// <summary>Host, port, user, password and this database, with pooling on.</summary>
    public string ConnectionString { get; }

    /// <summary>Drops the database; a failure (server already stopped, say) is ignored, the cluster goes at exit.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            _server.DropDatabase(Name);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // Best effort: the whole cluster is deleted when the process exits.
        }
    }
}

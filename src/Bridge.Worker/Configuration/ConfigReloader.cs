using System.Text.Json;
using Bridge.Worker.Kernel;
using Bridge.Worker.Logging;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Reads the configuration files again and lets the result in only when all of it is valid: every file
/// parses, every options section passes the validators it passed at start, and the files match
/// <c>bridge.schema.json</c>. Otherwise nothing changes and each problem is logged, one line naming its
/// key. All or nothing, because sections refer to each other (routing names escalation policies).
/// It also keeps the version in force (<see cref="ConfigFingerprint"/>): a new one when an applied edit changed what it covers.
/// </summary>
internal sealed class ConfigReloader : IConfigurationInForce
{
    private readonly Lock _gate = new();
    private readonly BridgeConfigurationReader _reader;
    private readonly AcceptedConfiguration _accepted;
    private readonly IReadOnlyList<BridgeOptionsRegistration> _registrations;
    private readonly IReadOnlyList<string> _sections;
    private readonly IReadOnlyList<ReadAtStartKey> _readAtStart;
    private readonly SecretValues _secrets;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILogger<ConfigReloader> _logger;
    private IReadOnlySet<string> _present;
    private ConfigStatus _status;
    private AppliedConfiguration _inForce;

    public ConfigReloader(
        BridgeConfigurationReader reader,
        AcceptedConfiguration accepted,
        IEnumerable<BridgeOptionsRegistration> registrations,
        IEnumerable<ReadAtStartKey> readAtStart,
        SecretValues secrets,
        IServiceProvider services,
        TimeProvider time,
        ILogger<ConfigReloader> logger,
        bool watching)
    {
        _reader = reader;
        _accepted = accepted;
        _registrations = registrations.ToList();
        _sections = _registrations.Select(r => r.Section).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _readAtStart = readAtStart.ToList();
        _secrets = secrets;
        _services = services;
        _time = time;
        _logger = logger;
        _present = reader.ExistingFiles();
        var startedAt = time.GetUtcNow();
        _inForce = Version(accepted.Current, startedAt);
        _status = new ConfigStatus { State = ConfigStatus.InForce, Watching = watching, AppliedAt = startedAt, Version = _inForce.Version.Hash, VersionAppliedAt = startedAt };
    }

    public ConfigStatus Status => Volatile.Read(ref _status);

    /// <summary>The version in force and its content; changes only when an applied edit changed a versioned section.</summary>
    public AppliedConfiguration Current => Volatile.Read(ref _inForce);

    /// <summary>Reads the files; applies them when valid, otherwise keeps the configuration in force and says why.</summary>
    public ConfigStatus Reload()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var status = _status with { CheckedAt = now, Checks = _status.Checks + 1 };
            var present = _reader.ExistingFiles();
            var (candidate, problems) = ReadCandidate(present);
            if (candidate is null)
            {
                ConfigLog.Refused(_logger, _reader.ConfigDirectory, problems.Count, status.AppliedAt);
                foreach (var problem in problems)
                {
                    ConfigLog.RefusedBecause(_logger, problem);
                }

                return Publish(status with { State = ConfigStatus.Refused, LastRefusal = new ConfigRefusal(now, problems) });
            }

            _present = present;
            var change = ConfigChange.Plan(_accepted.Current, candidate, _sections, _readAtStart);
            if (change.Applied.Count > 0)
            {
                _accepted.Replace(change.Next);
                ConfigLog.Applied(_logger, _reader.ConfigDirectory, string.Join(", ", change.Applied));
                status = status with { AppliedAt = now, Applied = change.Applied };
                var next = Version(change.Next, now);
                if (next.Version.Hash != _inForce.Version.Hash)
                {
                    Volatile.Write(ref _inForce, next);
                    status = status with { Version = next.Version.Hash, VersionAppliedAt = now };
                }
            }

            if (change.AtRestart.Count > 0)
            {
                ConfigLog.AtRestart(_logger, string.Join(", ", change.AtRestart));
            }

            if (change.IsEmpty)
            {
                ConfigLog.Unchanged(_logger, _reader.ConfigDirectory);
            }

            return Publish(status with { State = ConfigStatus.InForce, PendingRestart = change.AtRestart });
        }
    }

    private static AppliedConfiguration Version(IReadOnlyDictionary<string, string?> values, DateTimeOffset appliedAt)
    {
        var (hash, json) = ConfigFingerprint.Of(values);
        return new AppliedConfiguration(new ConfigurationVersion(hash, appliedAt), json);
    }

    private ConfigStatus Publish(ConfigStatus status)
    {
        Volatile.Write(ref _status, status);
        return status;
    }

    /// <summary>The new configuration, flattened, or every reason it cannot be used (secrets masked).</summary>
    private (IReadOnlyDictionary<string, string?>? Candidate, IReadOnlyList<string> Problems) ReadCandidate(IReadOnlySet<string> present)
    {
        var missing = _present.Except(present).ToList();
        if (missing.Count > 0)
        {
            return (null, missing.Select(name =>
                $"{name} is missing from {_reader.ConfigDirectory}; a removed file is not taken to mean \"use the defaults\". Put it back, or restart the bridge to run without it.").ToList());
        }

        IConfigurationRoot root;
        try
        {
            root = _reader.Read();
        }
        catch (InvalidDataException ex)
        {
            return (null, [_secrets.Mask(ConfigFileError.Describe(ex))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [_secrets.Mask(ex.Message)]);
        }

        try
        {
            var problems = _registrations.SelectMany(r => r.Problems(_services, root)).Concat(SchemaProblems()).Distinct().ToList();
            if (problems.Count > 0)
            {
                // A refused edit may carry a new secret the log pipeline does not know yet.
                var candidateSecrets = SecretValues.From(root);
                return (null, problems.Select(p => candidateSecrets.Mask(_secrets.Mask(p))).ToList());
            }

            return (AcceptedConfiguration.Flatten(root), []);
        }
        finally
        {
            (root as IDisposable)?.Dispose();
        }
    }

    private IReadOnlyList<string> SchemaProblems()
    {
        try
        {
            return ConfigSchemaFiles.Problems(_reader.ConfigDirectory);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return [$"{ConfigSchemaValidator.SchemaFileName} cannot be read: {ex.Message}"];
        }
    }
}

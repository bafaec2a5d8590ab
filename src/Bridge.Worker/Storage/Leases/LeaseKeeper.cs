using System.Globalization;
using Npgsql;

namespace Bridge.Worker.Storage.Leases;

/// <summary>
/// Takes and renews the engine lease, every fifth of the lease time. A standby tries to take it as often; the holder
/// renews it. When the holder finds the lease gone to another instance, or cannot renew it before it runs out, it
/// stops this process (exit code 75, for the service manager to start it again as a standby): its modules' writes
/// are already refused by the fence, and a clean restart is the one way to leave no half-run module behind. On a
/// clean stop the lease is given up at once, so the other instance takes over without waiting it out.
/// </summary>
internal sealed class LeaseKeeper(EngineLease lease, PostgreSql.PostgresConnection connection, IHostApplicationLifetime lifetime, ILogger<LeaseKeeper> logger) : BackgroundService
{
    public const int LostExitCode = 75;

    /// <summary>
    /// On a thread of its own, not the pool's: a bridge busy enough to starve the thread pool must still renew its
    /// lease on time (a late renewal hands the work to the other instance and restarts this one).
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        // Not before the host has started: the schema is made at start, and an instance that cannot serve yet should not hold the lease.
        if (WaitHandle.WaitAny([lifetime.ApplicationStarted.WaitHandle, stoppingToken.WaitHandle]) != 0)
        {
            return;
        }

        var interval = lease.LeaseTime / 5;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Step();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                LeaseLog.RenewFailed(logger, lease.Instance, PostgreSql.PostgresConnection.Reason(ex));
                if (lease.IsHeld && lease.SinceRenewed >= lease.LeaseTime)
                {
                    Lose("its lease ran out while the database could not be reached");
                }
            }

            if (stoppingToken.WaitHandle.WaitOne(interval))
            {
                return;
            }
        }
    }

    /// <summary>One try: take or renew, then see who holds it.</summary>
    internal void Step()
    {
        var wasHeld = lease.IsHeld;
        if (wasHeld && lease.SinceRenewed >= lease.LeaseTime)
        {
            // Paused (or starved) past the lease: another instance may hold it already. The fence refuses writes meanwhile.
            LeaseLog.Overslept(logger, lease.Instance, lease.SinceRenewed.TotalSeconds);
        }

        var holder = TakeOrRenew();
        if (wasHeld && (holder.Instance != lease.Instance || holder.Token != lease.Token))
        {
            lease.Observe(holder);
            Lose($"instance {holder.Instance} holds it now (token {holder.Token})");
            return;
        }

        var first = !wasHeld && holder.Instance == lease.Instance;
        lease.Observe(holder);
        if (first)
        {
            LeaseLog.Took(logger, lease.Instance, holder.Token);
        }
    }

    private LeaseHolder TakeOrRenew()
    {
        using var db = connection.Source.OpenConnection();
        using var transaction = db.BeginTransaction();
        // A holder's module write locks the row for share: wait for it a little, never for as long as it might take.
        using (var wait = new NpgsqlCommand($"SET LOCAL lock_timeout = {(long)(lease.LeaseTime / 5).TotalMilliseconds}", db, transaction))
        {
            wait.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand("""
            INSERT INTO bridge_leases AS l (module, holder, token, acquired_at, renewed_at, expires_at)
            VALUES ($1, $2, nextval('bridge_lease_tokens'), now(), now(), now() + $3 * interval '1 millisecond')
            ON CONFLICT (module) DO UPDATE SET
                token = CASE WHEN l.holder = excluded.holder THEN l.token ELSE excluded.token END,
                acquired_at = CASE WHEN l.holder = excluded.holder THEN l.acquired_at ELSE now() END,
                holder = excluded.holder,
                renewed_at = now(),
                expires_at = excluded.expires_at
            WHERE l.holder = excluded.holder OR l.expires_at <= now()
            """, db, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = EngineLease.Module });
        command.Parameters.Add(new NpgsqlParameter { Value = lease.Instance });
        command.Parameters.Add(new NpgsqlParameter { Value = (long)lease.LeaseTime.TotalMilliseconds });
        command.ExecuteNonQuery();
        var holder = Read(db) ?? throw new InvalidOperationException("The engine lease row is missing after taking it.");
        transaction.Commit();
        return holder;
    }

    internal static LeaseHolder? Read(NpgsqlConnection db)
    {
        using var read = new NpgsqlCommand("SELECT holder, token, acquired_at, renewed_at, expires_at FROM bridge_leases WHERE module = $1", db);
        read.Parameters.Add(new NpgsqlParameter { Value = EngineLease.Module });
        using var reader = read.ExecuteReader();
        return reader.Read()
            ? new LeaseHolder(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    private void Lose(string why)
    {
        lease.MarkLost();
        LeaseLog.Lost(logger, lease.Instance, why);
        Environment.ExitCode = LostExitCode;
        lifetime.StopApplication();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (!lease.IsHeld)
        {
            return;
        }

        try
        {
            using var db = connection.Source.OpenConnection();
            using var release = new NpgsqlCommand("UPDATE bridge_leases SET expires_at = now() WHERE module = $1 AND holder = $2 AND token = $3", db);
            release.Parameters.Add(new NpgsqlParameter { Value = EngineLease.Module });
            release.Parameters.Add(new NpgsqlParameter { Value = lease.Instance });
            release.Parameters.Add(new NpgsqlParameter { Value = lease.Token });
            release.ExecuteNonQuery();
            lease.MarkLost();
            LeaseLog.Released(logger, lease.Instance);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            LeaseLog.RenewFailed(logger, lease.Instance, PostgreSql.PostgresConnection.Reason(ex));
        }
    }

    /// <summary>The lease as people read it ("held by … until …").</summary>
    public static string Describe(EngineLease lease, DateTimeOffset now)
    {
        if (lease.Holder is not { } holder)
        {
            return $"Engine lease: not read yet (this instance is {lease.Instance}).";
        }

        var until = (holder.ExpiresAt - now).TotalSeconds;
        var mine = holder.Instance == lease.Instance && lease.IsHeld;
        return string.Create(CultureInfo.InvariantCulture,
            $"Engine lease (background modules: poller, inbox, routing, escalation, delivery, outbox, write-back, watch): {(mine ? "held by this instance" : "held by " + holder.Instance)}, token {holder.Token}, since {holder.AcquiredAt:u}, {(until >= 0 ? $"expires in {until:0} s" : $"expired {-until:0} s ago")}{(mine ? "" : $"; this instance ({lease.Instance}) is a standby")}.");
    }
}

internal static partial class LeaseLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Instance {Instance} took the engine lease (token {Token}): it runs the background modules now")]
    public static partial void Took(ILogger logger, string instance, long token);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Critical, Message = "Instance {Instance} lost the engine lease ({Why}); stopping so that nothing is paged or written twice (exit code 75: the service manager starts it again as a standby)")]
    public static partial void Lost(ILogger logger, string instance, string why);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Instance {Instance} could not take or renew the engine lease: {Reason}")]
    public static partial void RenewFailed(ILogger logger, string instance, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Instance {Instance} last renewed the engine lease {Seconds:0.0} s ago, past its lease time (paused?)")]
    public static partial void Overslept(ILogger logger, string instance, double seconds);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Instance {Instance} gave up the engine lease on stopping")]
    public static partial void Released(ILogger logger, string instance);
}

using System.Diagnostics;
using Npgsql;

namespace Bridge.Worker.Storage.Leases;

/// <summary>
/// Which instance runs the background modules when several share one PostgreSQL database. One lease row
/// (<c>bridge_leases</c>, module <c>engine</c>) names the holder and a fencing token that grows with every new holder;
/// the holder renews it well inside its lease time, and another instance takes it only once it has expired (by the
/// database's clock, so the machines' clocks do not matter). Every write made from a module's flow checks, inside its
/// own transaction, that this instance still holds the lease with the same token (<see cref="Fence"/>): an instance
/// that was paused or cut off past its lease can never commit a module's write afterwards, and the taker's update
/// waits for any such write still open. HTTP work (callbacks, acknowledgements, pages, the API) is not fenced: any
/// instance answers it.
/// </summary>
internal sealed class EngineLease
{
    public const string Module = "engine";

    private static readonly AsyncLocal<EngineLease?> Scope = new();
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _token;
    private long _renewedAt;

    public EngineLease(string instance, TimeSpan leaseTime)
    {
        Instance = instance;
        LeaseTime = leaseTime;
    }

    /// <summary>This instance's name in the lease row: machine, process and a start nonce.</summary>
    public string Instance { get; }

    public TimeSpan LeaseTime { get; }

    /// <summary>The token held, or zero.</summary>
    public long Token => Interlocked.Read(ref _token);

    public bool IsHeld => Token != 0 && !Lost;

    /// <summary>Set once the lease has been lost: nothing of a module's may be written from here on.</summary>
    public bool Lost { get; private set; }

    /// <summary>The holder as last read (this instance or another), for health and the status page.</summary>
    public LeaseHolder? Holder { get; private set; }

    /// <summary>True when the code running now is a module's (its writes are fenced).</summary>
    public static bool InModule => Scope.Value is not null;

    /// <summary>Completes when this instance first holds the lease.</summary>
    public Task WaitHeldAsync(CancellationToken ct) => _held.Task.WaitAsync(ct);

    /// <summary>Marks the code from here on (and every task it starts) as a module's: its writes check the lease.</summary>
    public void EnterModule() => Scope.Value = this;

    /// <summary>
    /// Checked inside every write transaction: a module's write commits only while this instance holds the lease with
    /// its token and the lease has not run out; the row is locked for share, so a takeover waits for the write.
    /// </summary>
    public static void Fence(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        if (Scope.Value is not { } lease)
        {
            return;
        }

        var token = lease.Token;
        if (token == 0 || lease.Lost)
        {
            throw new LeaseLostException($"Instance {lease.Instance} does not hold the engine lease; a module's write is refused.");
        }

        using var command = new NpgsqlCommand(
            "SELECT holder, token, expires_at > now() FROM bridge_leases WHERE module = $1 FOR SHARE", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = Module });
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.GetString(0) != lease.Instance || reader.GetInt64(1) != token || !reader.GetBoolean(2))
        {
            var now = reader.HasRows ? $"held by {reader.GetString(0)} with token {reader.GetInt64(1)}" : "not held";
            throw new LeaseLostException($"Instance {lease.Instance} lost the engine lease (token {token}; it is {now}); a module's write is refused.");
        }
    }

    /// <summary>Records a renewal or takeover read back from the database.</summary>
    internal void Observe(LeaseHolder holder)
    {
        Holder = holder;
        if (holder.Instance == Instance && !Lost)
        {
            Interlocked.Exchange(ref _token, holder.Token);
            Interlocked.Exchange(ref _renewedAt, Stopwatch.GetTimestamp());
            _held.TrySetResult();
        }
    }

    /// <summary>How long ago the lease was last renewed by this instance (by the monotonic clock: a pause counts).</summary>
    internal TimeSpan SinceRenewed => Interlocked.Read(ref _renewedAt) is var at and > 0 ? Stopwatch.GetElapsedTime(at) : TimeSpan.MaxValue;

    internal void MarkLost()
    {
        Lost = true;
        Interlocked.Exchange(ref _token, 0);
    }
}

/// <summary>Who holds the lease, as the database says.</summary>
internal sealed record LeaseHolder(string Instance, long Token, DateTimeOffset AcquiredAt, DateTimeOffset RenewedAt, DateTimeOffset ExpiresAt);

/// <summary>A module's write refused because this instance no longer holds the engine lease.</summary>
internal sealed class LeaseLostException(string message) : Exception(message);

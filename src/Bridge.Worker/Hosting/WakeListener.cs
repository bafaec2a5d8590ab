using Bridge.Worker.Engine;
using Bridge.Worker.Ingest;
using Bridge.Worker.Storage.PostgreSql;
using Bridge.Worker.WriteBack;
using Npgsql;

namespace Bridge.Worker.Hosting;

/// <summary>
/// On the lease holder: listens for the commits other instances' requests announce (<see cref="PostgresEngine.WakeChannel"/>)
/// and wakes the modules that read what they stored: a callback stored by a standby is worked at once, not at the
/// inbox's next sweep; an acknowledgement served by a standby reaches the stages and the outbox at once. A lost
/// connection is made again, and everything is woken then, in case an announcement was missed meanwhile.
/// </summary>
internal sealed class WakeListener(PostgresConnection connection, InboxProcessor inbox, StageWakeups stages, OutboxWorker outbox, ILogger<WakeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var listening = await connection.Source.OpenConnectionAsync(stoppingToken);
                listening.Notification += (_, e) => Wake(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresEngine.WakeChannel}", listening))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                Wake(null);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await listening.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                WakeListenerLog.Lost(logger, PostgresConnection.Reason(ex));
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Wake(string? store)
    {
        if (store is null or "inbox")
        {
            inbox.Notify();
        }

        if (store is null or "main")
        {
            stages.NotifyAll();
            outbox.Notify();
        }
    }
}

internal static partial class WakeListenerLog
{
    [LoggerMessage(EventId = 3120, Level = LogLevel.Warning, Message = "Listening for other instances' work stopped ({Reason}); listening again")]
    public static partial void Lost(ILogger logger, string reason);
}

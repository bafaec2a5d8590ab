using System.Globalization;
using Bridge.Connectors.ConnectWise;
using Bridge.Connectors.ConnectWise.Models;
using Bridge.Worker.Kernel;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Ingest;

/// <summary>
/// With <c>ConnectWise:Callbacks:Register</c> on, makes the callback registrations match the configuration at
/// start (see <see cref="CallbackRegistrationPlan"/>). Runs beside the start, not in its way: while ConnectWise
/// cannot be reached it retries, and polling covers the gap. In shadow mode it only lists the registrations and logs
/// what it would change: shadow mode writes nothing to ConnectWise.
/// </summary>
internal sealed class CallbackRegistrar(
    IConnectWiseApi api,
    ConnectWisePager pager,
    IOptionsMonitor<ConnectWiseOptions> connectWise,
    IOptionsMonitor<IngestOptions> options,
    IOptionsMonitor<BridgeModeOptions> mode,
    TimeProvider time,
    ILogger<CallbackRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    /// <summary>Completes after the first successful reconciliation (or at once when registration is off).</summary>
    public Task Reconciled => _reconciled.Task;

    private readonly TaskCompletionSource _reconciled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(options.CurrentValue.CallbackSecret))
        {
            IngestLog.NoCallbackSecret(logger);
        }

        if (connectWise.CurrentValue.Callbacks?.Register != true)
        {
            _reconciled.TrySetResult();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReconcileAsync(stoppingToken);
                _reconciled.TrySetResult();
                return;
            }
            catch (Exception ex) when (ex is ConnectWiseApiException or HttpRequestException or TimeoutException or InvalidOperationException
                or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException
                || (ex is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                IngestLog.RegistrationFailed(logger, RetryDelay, ex);
            }

            try
            {
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task ReconcileAsync(CancellationToken ct)
    {
        var wanted = await WantedAsync(ct);
        var existing = new List<CallbackEntry>();
        await foreach (var entry in pager.EnumerateAsync<CallbackEntry>(
            (pageSize, token) => api.GetCallbacksAsync(conditions: Conditions.Field("type").Equal("ticket"), page: 1, pageSize: pageSize, cancellationToken: token), ct))
        {
            existing.Add(entry);
        }

        var plan = CallbackRegistrationPlan.Compute(existing, wanted);
        // Shadow mode runs beside a production bridge and writes nothing to ConnectWise; a registration is a write
        // (and deleting the live bridge's stale-looking one would cut it off), so the plan is only told.
        if (mode.CurrentValue.Mode == BridgeMode.Shadow)
        {
            IngestLog.RegistrationShadowed(logger, plan.Summarize());
            return;
        }

        foreach (var stale in plan.Delete)
        {
            await api.DeleteCallbackAsync(stale.Id!.Value, ct);
            IngestLog.Registration(logger, "deleted", stale.Level ?? "", stale.ObjectId ?? 0, stale.Description ?? "", stale.Id);
        }

        foreach (var update in plan.Update)
        {
            await api.PatchCallbackAsync(update.Entry.Id!.Value, update.Operations, ct);
            IngestLog.Registration(logger, "updated", update.Entry.Level ?? "", update.Entry.ObjectId ?? 0, update.Entry.Description ?? "", update.Entry.Id);
        }

        foreach (var entry in plan.Create)
        {
            var created = await api.CreateCallbackAsync(entry, ct);
            IngestLog.Registration(logger, "created", entry.Level!, entry.ObjectId!.Value, entry.Description!, created.Id);
        }

        foreach (var kept in plan.Keep)
        {
            IngestLog.Registration(logger, "kept", kept.Level ?? "", kept.ObjectId ?? 0, kept.Description ?? "", kept.Id);
        }
    }

    private async Task<List<CallbackEntry>> WantedAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var url = RegistrationUrl(settings);
        var selfSuppressed = connectWise.CurrentValue.Callbacks?.SelfSuppressed ?? true;
        if (settings.Boards.Count == 0)
        {
            return [Entry(url, "owner", 1, selfSuppressed)];
        }

        var wanted = new List<CallbackEntry>();
        foreach (var board in settings.Boards)
        {
            var id = int.TryParse(board, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : await BoardIdAsync(board.Trim(), ct);
            if (id is null)
            {
                IngestLog.UnknownBoard(logger, board);
                continue;
            }

            if (wanted.All(w => w.ObjectId != id))
            {
                wanted.Add(Entry(url, "board", id.Value, selfSuppressed));
            }
        }

        return wanted;
    }

    private async Task<int?> BoardIdAsync(string name, CancellationToken ct)
    {
        await foreach (var board in pager.EnumerateAsync<Board>(
            (pageSize, token) => api.GetBoardsAsync(conditions: Conditions.Field("name").Equal(name), page: 1, pageSize: pageSize, cancellationToken: token), ct))
        {
            return board.Id;
        }

        return null;
    }

    /// <summary><c>{PublicUrl}/callbacks/connectwise/{secret}?recordId=</c>: ConnectWise appends the record id.</summary>
    internal static string RegistrationUrl(IngestOptions settings)
    {
        var path = string.IsNullOrEmpty(settings.CallbackSecret)
            ? IngestEndpoints.CallbackPath
            : IngestEndpoints.CallbackPath + "/" + Uri.EscapeDataString(settings.CallbackSecret);
        return settings.PublicUrl.TrimEnd('/') + path + "?recordId=";
    }

    private static CallbackEntry Entry(string url, string level, int objectId, bool selfSuppressed) => new()
    {
        Url = url,
        Type = "ticket",
        Level = level,
        ObjectId = objectId,
        Description = CallbackRegistrationPlan.Describe(level, objectId),
        InactiveFlag = false,
        IsSelfSuppressedFlag = selfSuppressed,
    };
}

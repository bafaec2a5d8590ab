using System.Net.Http.Headers;
using System.Threading.Channels;

namespace Bridge.Sandbox.Callbacks;

/// <summary>
/// Sends callbacks in the background, in the order the changes happened. Like ConnectWise: 5 s timeout, any
/// 2xx is success, retried only after 404/409/419/429 — twice, about 2 s and then 4 s later (delays taken from
/// the TimeProvider, so a FakeTimeProvider drives them) — and never after a 5xx or a network error.
/// </summary>
internal sealed class CallbackDispatcher : IAsyncDisposable
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<CallbackDelivery> _queue = Channel.CreateUnbounded<CallbackDelivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http;
    private readonly CallbackContext _context;
    private readonly SandboxFaults _faults;
    private readonly SandboxCallbackLog _log;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _retries = [];
    private readonly Task _loop;

    public CallbackDispatcher(CallbackContext context, SandboxFaults faults, SandboxCallbackLog log, TimeProvider time)
    {
        _context = context;
        _faults = faults;
        _log = log;
        _time = time;
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = AttemptTimeout, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a delivery; with <see cref="SandboxFaults.DropCallbacks"/> on, the change's callback is lost.</summary>
    public void Enqueue(CallbackDelivery delivery)
    {
        if (_faults.DropCallbacks)
        {
            _log.RecordDropped();
            return;
        }

        _queue.Writer.TryWrite(delivery);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stop.CancelAsync();
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _retries];
        }

        try
        {
            await Task.WhenAll(pending.Append(_loop));
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var delivery in _queue.Reader.ReadAllAsync(_stop.Token))
            {
                var messageId = Guid.NewGuid();
                var body = CallbackPayload.Build(delivery, _context, messageId);
                await DeliverAsync(new Outgoing(delivery, messageId, body, CallbackSignature.Compute(_context.SigningKey, body)), 1);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task DeliverAsync(Outgoing message, int attempt)
    {
        var url = CallbackPayload.TargetUrl(message.Delivery);
        var (status, error) = await PostAsync(url, message);

        // The retry timer is created before the attempt is logged: a test that waits for the log entry and
        // then advances a fake clock is sure to find the timer armed.
        Task? delay = null;
        if (attempt < MaxAttempts && status is 404 or 409 or 419 or 429)
        {
            delay = Task.Delay(TimeSpan.FromSeconds(2 * attempt), _time, _stop.Token);
        }

        _log.Add(new SandboxCallbackAttempt(message.MessageId, message.Delivery.RegistrationId, url, message.Delivery.Type,
            message.Delivery.Action, message.Delivery.EntityId, System.Text.Encoding.UTF8.GetString(message.Body), message.Signature,
            attempt, status, error, _time.GetUtcNow()));

        if (delay is not null)
        {
            Track(RetryLaterAsync(delay, message, attempt + 1));
        }
    }

    private async Task RetryLaterAsync(Task delay, Outgoing message, int attempt)
    {
        try
        {
            await delay;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await DeliverAsync(message, attempt);
    }

    private async Task<(int? Status, string? Error)> PostAsync(string url, Outgoing message)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(AttemptTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Content = new ByteArrayContent(message.Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.TryAddWithoutValidation(CallbackSignature.HeaderName, message.Signature);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!_stop.IsCancellationRequested)
        {
            return (null, $"No response within {AttemptTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return (null, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return (null, ex.Message);
        }
    }

    private void Track(Task task)
    {
        lock (_gate)
        {
            _retries.Add(task);
        }

        task.ContinueWith(t =>
        {
            lock (_gate)
            {
                _retries.Remove(t);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private sealed record Outgoing(CallbackDelivery Delivery, Guid MessageId, byte[] Body, string Signature);
}

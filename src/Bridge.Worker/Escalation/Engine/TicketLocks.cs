namespace Bridge.Worker.Escalation.Engine;

/// <summary>
/// One lock per ticket (striped): a ConnectWise change, a due step and a person's click on the same incident take
/// turns; different tickets run side by side.
/// </summary>
internal sealed class TicketLocks : IDisposable
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> TakeAsync(int ticketId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)ticketId % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}

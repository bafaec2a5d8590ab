using Bridge.Worker.Kernel;

namespace Bridge.Worker.Engine;

/// <summary>
/// One wake-up signal per stage, found by the name of the input the stage reads: a writer that stored items says
/// so once (<see cref="Notify"/>), and every stage reading that input runs now rather than at its next sweep.
/// </summary>
internal sealed class StageWakeups : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<WorkSignal>> _byInput = new(StringComparer.Ordinal);

    public WorkSignal Register(string input)
    {
        var signal = new WorkSignal();
        lock (_gate)
        {
            if (!_byInput.TryGetValue(input, out var signals))
            {
                _byInput[input] = signals = [];
            }

            signals.Add(signal);
        }

        return signal;
    }

    /// <summary>Wakes every stage (another instance stored something; which input is not known here).</summary>
    public void NotifyAll()
    {
        lock (_gate)
        {
            foreach (var signal in _byInput.Values.SelectMany(s => s))
            {
                signal.Notify();
            }
        }
    }

    public void Notify(string input)
    {
        lock (_gate)
        {
            if (_byInput.TryGetValue(input, out var signals))
            {
                foreach (var signal in signals)
                {
                    signal.Notify();
                }
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var signal in _byInput.Values.SelectMany(s => s))
            {
                signal.Dispose();
            }

            _byInput.Clear();
        }
    }
}

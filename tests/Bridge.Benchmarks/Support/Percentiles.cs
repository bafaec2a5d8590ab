namespace Bridge.Benchmarks.Support;

/// <summary>Nearest-rank percentiles of a sample of durations in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> values)
    {
        _sorted = values.ToArray();
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double At(double percent)
    {
        if (_sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * _sorted.Length);
        return _sorted[Math.Clamp(rank - 1, 0, _sorted.Length - 1)];
    }
}

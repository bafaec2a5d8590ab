namespace Bridge.Benchmarks.Results;

/// <summary>
/// Collects a benchmark's rows: printed as they come, and appended to the results file (<c>--results FILE</c>)
/// from which <c>run.sh</c> prints the one table at the end.
/// </summary>
internal sealed class ResultSink
{
    // Captured at start: an in-process bridge may have Console.Out pointed at its log file meanwhile.
    private readonly TextWriter _out = Console.Out;
    private readonly string? _file;
    private readonly string? _tag;
    private readonly List<ResultRow>? _held;

    public ResultSink(string? file) => _file = file;

    private ResultSink(string? file, string tag)
    {
        _file = file;
        _tag = tag;
        _held = [];
    }

    public void Add(string figure, string target, string measured, string verdict)
    {
        var row = new ResultRow(_tag is null ? figure : $"{figure} ({_tag})", target, measured, verdict);
        _out.WriteLine($"  => {row.Figure}: {row.Measured} (target {row.Target}) {row.Verdict}");
        if (_held is not null)
        {
            _held.Add(row);
        }
        else if (_file is not null)
        {
            File.AppendAllLines(_file, [row.ToTsv()]);
        }
    }

    /// <summary>
    /// A sink for one engine of a run that measures several: its figures end in <c>(tag)</c>, printed at once but
    /// written to the file by <see cref="WriteSideBySide"/>, so that the table shows each figure's engines together.
    /// </summary>
    public ResultSink ForEngine(string tag) => new(_file, tag);

    /// <summary>Writes the engines' held rows to the file, row by row: the first engine's first row, the next engine's first row, ….</summary>
    public void WriteSideBySide(IReadOnlyList<ResultSink> engines)
    {
        if (_file is null)
        {
            return;
        }

        var rows = new List<ResultRow>();
        for (var i = 0; i < engines.Max(e => e._held?.Count ?? 0); i++)
        {
            rows.AddRange(engines.Select(e => e._held).OfType<List<ResultRow>>().Where(h => i < h.Count).Select(h => h[i]));
        }

        File.AppendAllLines(_file, rows.Select(r => r.ToTsv()));
    }
}

namespace Bridge.Benchmarks.Results;

/// <summary>
/// Collects a benchmark's rows: printed as they come, and appended to the results file (<c>--results FILE</c>)
/// from which <c>run.sh</c> prints the one table at the end.
/// </summary>
internal sealed class ResultSink(string? file)
{
    // Captured at start: an in-process bridge may have Console.Out pointed at its log file meanwhile.
    private readonly TextWriter _out = Console.Out;

    public void Add(string figure, string target, string measured, string verdict)
    {
        var row = new ResultRow(figure, target, measured, verdict);
        _out.WriteLine($"  => {row.Figure}: {row.Measured} (target {row.Target}) {row.Verdict}");
        if (file is not null)
        {
            File.AppendAllLines(file, [row.ToTsv()]);
        }
    }
}

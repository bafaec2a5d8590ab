namespace Bridge.Worker.Reporting;

/// <summary>How a report cell is written: on the page, in the CLI and in CSV (where every number is written plain, invariant culture).</summary>
public enum ReportValueKind
{
    /// <summary>A string as it is.</summary>
    Text,

    /// <summary>A whole number (<c>int</c>, <c>long</c>).</summary>
    Count,

    /// <summary>A number with up to two decimals (<c>decimal</c> or <c>double</c>).</summary>
    Number,

    /// <summary>Hours as a number (<c>decimal</c> or <c>double</c>), written with two decimals.</summary>
    Hours,

    /// <summary>Minutes as a number (<c>decimal</c> or <c>double</c>), written with one decimal.</summary>
    Minutes,

    /// <summary>A fraction from 0 to 1 (<c>decimal</c> or <c>double</c>), written as a percentage.</summary>
    Percent,

    /// <summary>An amount of the MSP's currency (<c>decimal</c>), written with two decimals.</summary>
    Money,
}

/// <summary>One column of a report table: its key (the CSV header), its title as a person reads it, and how its cells are written.</summary>
public sealed record ReportColumn(string Key, string Title, ReportValueKind Kind = ReportValueKind.Text);

/// <summary>
/// One table of a report. Cells follow <see cref="Columns"/> in order; a null cell is "no data" (written "—", empty in CSV).
/// Cell types: <c>string</c> for text, <c>int</c>/<c>long</c> for counts, <c>decimal</c>/<c>double</c> for the others.
/// </summary>
public sealed record ReportTable(string Key, string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>A line under the table: what the figures mean, the constants they use, what was left out.</summary>
    public string? Note { get; init; }

    /// <summary>The key of a numeric column the page draws as bars, one per row, labelled by the first column; null: no chart.</summary>
    public string? ChartColumn { get; init; }
}

/// <summary>What one report found for one period.</summary>
public sealed record ReportResult(string Name, string Title, ReportPeriod Period, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>Lines for the reader above the tables (e.g. "ConnectWise figures as of 06:00, cached").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// One report the service manager reads: on <c>/reports/{name}</c>, as CSV, from <c>bridge report {name}</c>, and in the
/// morning digest. Registered as <c>IReport</c> singletons; the page, the CLI and the digest list them in registration order.
/// </summary>
public interface IReport
{
    /// <summary>The name in URLs and on the command line: lower case, dashes (<c>paging</c>, <c>service-desk</c>).</summary>
    string Name { get; }

    string Title { get; }

    /// <summary>One sentence: what the report answers.</summary>
    string Summary { get; }

    /// <summary>The period shown when none is asked for (e.g. the last 30 days, or yesterday).</summary>
    ReportPeriod DefaultPeriod(DateTimeOffset now, NodaTime.DateTimeZone zone);

    Task<ReportResult> BuildAsync(ReportPeriod period, CancellationToken cancellationToken);
}

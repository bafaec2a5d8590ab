using System.Globalization;
using System.Text.Json;

namespace Bridge.Worker.Reporting.Web;

/// <summary>How one cell reads on a page and in the CLI (<see cref="Display"/>), and in CSV (<see cref="Raw"/>).</summary>
internal static class ReportCells
{
    /// <summary>What a null cell shows: no data for it (no incident acknowledged, ConnectWise could not say).</summary>
    public const string None = "—";

    /// <summary>The cell as a person reads it: "12.5 min", "83 %", "1,234.50".</summary>
    public static string Display(object? value, ReportValueKind kind)
    {
        if (value is null)
        {
            return None;
        }

        if (value is string text)
        {
            return text;
        }

        if (Number(value) is not { } number)
        {
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        return kind switch
        {
            ReportValueKind.Count => number.ToString("#,0", CultureInfo.InvariantCulture),
            ReportValueKind.Hours => number.ToString("#,0.00", CultureInfo.InvariantCulture),
            ReportValueKind.Minutes => number.ToString("#,0.0", CultureInfo.InvariantCulture),
            ReportValueKind.Percent => (number * 100m).ToString("0.#", CultureInfo.InvariantCulture) + " %",
            ReportValueKind.Money => number.ToString("#,0.00", CultureInfo.InvariantCulture),
            ReportValueKind.Number => number.ToString("#,0.##", CultureInfo.InvariantCulture),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The cell for a spreadsheet: numbers plain and invariant (a percentage as its fraction), text as it is, null empty.</summary>
    public static string Raw(object? value) => value switch
    {
        null => "",
        string text => text,
        _ when Number(value) is { } number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The cell as a number (counts and amounts of every numeric type); null for text and null.</summary>
    public static decimal? Number(object? value) => value switch
    {
        int i => i,
        long l => l,
        decimal d => d,
        double d when double.IsFinite(d) => (decimal)d,
        float f when float.IsFinite(f) => (decimal)f,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDecimal(),
        _ => null,
    };

    /// <summary>A cell read back from JSON (the CLI asking the running service): a number as <c>decimal</c>, text as <c>string</c>.</summary>
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => null,
    };
}

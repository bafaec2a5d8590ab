using System.Globalization;
using Bridge.Worker.WriteBack.TimeEntries;

namespace Bridge.Worker.Reporting.Ledger;

/// <summary>
/// One after-hours time entry for the ledger: the review the bridge made of it, with its ticket's client and summary
/// as last seen; <see cref="Multiplier"/> is read from the review's class text (<c>after-hours ×1.5</c>).
/// </summary>
internal sealed record LedgerEntry(TimeEntryReview Review, string? Company, string? CompanyName, string? Summary)
{
    public const string AfterHoursClass = "after-hours";
    public const string IncludedClass = "included";

    /// <summary><c>after-hours</c>, <c>included</c>, or null for every other entry (normal, not classified).</summary>
    public string? Class => Review.Billing?.Trim() switch
    {
        { } text when text.StartsWith(AfterHoursClass, StringComparison.OrdinalIgnoreCase) => AfterHoursClass,
        { } text when text.Equals(IncludedClass, StringComparison.OrdinalIgnoreCase) => IncludedClass,
        _ => null,
    };

    /// <summary>The after-hours rate (1 for included work, and for a class text that names none).</summary>
    public decimal Multiplier
    {
        get
        {
            var text = Review.Billing ?? "";
            var sign = text.IndexOf('×', StringComparison.Ordinal);
            return Class == AfterHoursClass && sign >= 0 && decimal.TryParse(text[(sign + 1)..].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : 1m;
        }
    }
}

namespace Bridge.Worker.WriteBack;

/// <summary>
/// The zero-hour time entry written for every contact attempt, so the client sees each one on the invoice
/// (<c>WriteBack:ContactAttempts</c>).
/// </summary>
public sealed class ContactAttemptOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary><c>Billable</c> (default: a zero-hour line on the invoice), <c>DoNotBill</c>, <c>NoCharge</c> or <c>NoDefault</c>.</summary>
    public string BillableOption { get; set; } = "Billable";

    /// <summary>Work type name; empty leaves it to ConnectWise's default.</summary>
    public string WorkType { get; set; } = "";

    /// <summary>Member identifier the entries are logged under; empty means the member of the API keys.</summary>
    public string Member { get; set; } = "";
}

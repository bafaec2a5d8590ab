namespace Bridge.Worker.Reporting.Ledger;

/// <summary><c>Reporting:Ledger</c>.</summary>
public sealed class LedgerOptions
{
}

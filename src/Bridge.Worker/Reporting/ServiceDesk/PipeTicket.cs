namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>An open ticket with budget hours: what is left of its budget is "in the pipe" (seed 004).</summary>
internal sealed record PipeTicket(int Id, decimal BudgetHours, decimal ActualHours)
{
    /// <summary>Budget less the hours already logged; an overrun ticket adds nothing (not a negative).</summary>
    public decimal Remaining => Math.Max(0m, BudgetHours - ActualHours);
}

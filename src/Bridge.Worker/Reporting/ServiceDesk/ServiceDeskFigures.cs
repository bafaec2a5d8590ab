namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>Hours logged and billed of one kind.</summary>
internal sealed record HoursOfKind(string Kind, decimal Logged, decimal Billed);

/// <summary>One technician's period: hours logged, billable hours, hours available, and billable / available.</summary>
internal sealed record TechnicianUtilization(string Member, string Name, decimal Logged, decimal Billable, decimal Available, decimal? Utilization);

/// <summary>
/// Seed 004's backlog: the hours left on open tickets' budgets, the weekly hours of the technicians who would work
/// them, and how many weeks that is.
/// </summary>
internal sealed record Backlog(int TicketsWithBudget, decimal PipeHours, int Technicians, decimal WeeklyHours, decimal? Weeks);

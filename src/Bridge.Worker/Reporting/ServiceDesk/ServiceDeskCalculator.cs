namespace Bridge.Worker.Reporting.ServiceDesk;

/// <summary>The service-desk figures that are arithmetic over what ConnectWise returned; no I/O, no clock.</summary>
internal static class ServiceDeskCalculator
{
    /// <summary>Hours logged (<c>actualHours</c>) and billed (<c>hoursBilled</c>) per kind, every kind listed.</summary>
    public static IReadOnlyList<HoursOfKind> HoursByKind(IEnumerable<LoggedTime> entries, HourKindClassifier classifier)
    {
        var sums = HourKinds.All.ToDictionary(k => k, _ => (Logged: 0m, Billed: 0m), StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var kind = classifier.Classify(entry);
            var (logged, billed) = sums[kind];
            sums[kind] = (logged + entry.ActualHours, billed + entry.BilledHours);
        }

        return HourKinds.All.Select(k => new HoursOfKind(k, sums[k].Logged, sums[k].Billed)).ToList();
    }

    /// <summary>
    /// Utilization per technician: billable hours / (business days × the technician's hours a day). Everyone who
    /// logged time, plus the configured technicians who logged none (0 %), ordered by name.
    /// </summary>
    public static IReadOnlyList<TechnicianUtilization> Utilization(
        IEnumerable<LoggedTime> entries, IReadOnlyDictionary<string, decimal> technicians, decimal defaultHoursPerDay, int businessDays)
    {
        var byMember = entries.GroupBy(e => e.Member, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (Name: g.Select(e => e.MemberName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? g.Key,
                Logged: g.Sum(e => e.ActualHours), Billable: g.Sum(e => e.BilledHours)), StringComparer.OrdinalIgnoreCase);
        foreach (var member in technicians.Keys.Where(m => !byMember.ContainsKey(m)))
        {
            byMember[member] = (member, 0m, 0m);
        }

        return byMember.Select(m =>
            {
                var perDay = technicians.TryGetValue(m.Key, out var hours) ? hours : defaultHoursPerDay;
                var available = perDay * businessDays;
                return new TechnicianUtilization(m.Key, m.Value.Name, m.Value.Logged, m.Value.Billable, available,
                    available > 0 ? m.Value.Billable / available : null);
            })
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// Pipe hours = Σ max(0, budget − actual) over open tickets; backlog in weeks = pipe hours / Σ of the technicians'
    /// weekly hours (hours a day × business days a week). No technician: no backlog figure.
    /// </summary>
    public static Backlog Backlog(IReadOnlyCollection<PipeTicket> pipe, IReadOnlyCollection<decimal> technicianHoursPerDay, int businessDaysPerWeek)
    {
        var hours = pipe.Sum(t => t.Remaining);
        var weekly = technicianHoursPerDay.Sum() * businessDaysPerWeek;
        return new Backlog(pipe.Count, hours, technicianHoursPerDay.Count, weekly, weekly > 0 ? hours / weekly : null);
    }
}

namespace Bridge.Worker.Reporting.Capacity;

/// <summary>Tickets per tier read from ConnectWise, and how many of them no tier rule matched (counted in tier 1).</summary>
internal sealed record CapacityTicketCounts(IReadOnlyDictionary<string, long> PerTier, long Unmapped, long Total);

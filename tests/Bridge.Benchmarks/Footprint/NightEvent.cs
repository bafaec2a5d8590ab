namespace Bridge.Benchmarks.Footprint;

/// <summary>One step of the simulated night: <see cref="At"/> after the traffic starts, on the plan's ticket number <see cref="Ticket"/>.</summary>
internal sealed record NightEvent(TimeSpan At, int Ticket, NightAction Action, string Member = "cwadmin", string? Text = null);

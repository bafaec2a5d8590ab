using System.ComponentModel.DataAnnotations;

namespace Bridge.Worker.Escalation.Policies;

/// <summary>
/// The fallback of a ladder nobody answered (section <c>Escalation:Exhausted</c>): <see cref="After"/> its last own
/// send (or when it gives up, if sooner), <see cref="Targets"/> are paged with who was tried and for how long. Once per
/// ladder; never on the waiting-on-client ladder.
/// </summary>
public sealed class ExhaustedOptions
{
    /// <summary>Targets as a step's (<c>role:Dispatcher</c>, <c>member:…</c>, <c>schedule:…</c>); empty: no fallback.</summary>
    public List<string> Targets { get; set; } = [];

    /// <summary>How long after the ladder's last own send the fallback is paged.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan After { get; set; } = TimeSpan.FromMinutes(15);
}

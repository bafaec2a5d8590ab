namespace Bridge.Worker.OnCall;

/// <summary>
/// The on-call questions the rest of the bridge asks (escalation first of all). Answers combine
/// the configured layers and overrides with overrides added at run time. An unknown schedule name
/// throws <see cref="KeyNotFoundException"/>; check <see cref="HasSchedule"/> when validating config.
/// </summary>
public interface IOnCallResolver
{
    IReadOnlyCollection<string> Schedules { get; }

    bool HasSchedule(string schedule);

    /// <summary>Who is on call at <paramref name="at"/>, why, and since/until when. <see cref="OnCallAnswer.Person"/> is null in a gap.</summary>
    OnCallAnswer WhoIsOnCall(string schedule, DateTimeOffset at);

    /// <summary>The people holding a role (Dispatcher, ServiceManager, ServiceDirector, …) in config order; empty when unknown.</summary>
    IReadOnlyList<Person> Role(string role);

    Person? FindPerson(string member);

    /// <summary>Shifts overlapping [from, to), with their true start and end.</summary>
    IReadOnlyList<OnCallShift> Shifts(string schedule, DateTimeOffset from, DateTimeOffset to);

    /// <summary>The shift under way at <paramref name="from"/> and the ones after it, <paramref name="count"/> in all.</summary>
    IReadOnlyList<OnCallShift> NextShifts(string schedule, DateTimeOffset from, int count);

    /// <summary>A person's shifts across every schedule, overlapping [from, to).</summary>
    IReadOnlyList<OnCallShift> ShiftsOf(string member, DateTimeOffset from, DateTimeOffset to);

    IReadOnlyList<OnCallGap> Gaps(string schedule, DateTimeOffset from, DateTimeOffset to);

    /// <summary>Real on-call hours per person inside [from, to) (fairness).</summary>
    OnCallLoad Load(string schedule, DateTimeOffset from, DateTimeOffset to);
}

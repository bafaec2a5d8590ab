namespace Bridge.Worker.OnCall;

/// <summary>On-call events, EventIds 5000–5099.</summary>
internal static partial class OnCallLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "On-call: {ScheduleCount} schedule(s), {PeopleCount} people, {RoleCount} role(s)")]
    public static partial void Loaded(ILogger logger, int scheduleCount, int peopleCount, int roleCount);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "On-call: no schedules configured (section OnCall); nothing to resolve")]
    public static partial void NoSchedules(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "On call for {Schedule} now: {Member} via {Source} until {Until}")]
    public static partial void OnCallNow(ILogger logger, string schedule, string member, string source, DateTimeOffset until);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "On-call gap in {Schedule}: nobody from {GapStart} to {GapEnd} ({Hours} h)")]
    public static partial void Gap(ILogger logger, string schedule, DateTimeOffset gapStart, DateTimeOffset gapEnd, double hours);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "On-call schedule {Schedule} has {GapCount} gap(s) in the next {Days} days; the first ones are listed above")]
    public static partial void ManyGaps(ILogger logger, string schedule, int gapCount, int days);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "On-call override {OverrideId} added to {Schedule}: {Member} covers {For} from {From} to {To}")]
    public static partial void OverrideAdded(ILogger logger, string overrideId, string schedule, string member, string @for, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "On-call override for {Schedule} refused: {Problems}")]
    public static partial void OverrideRefused(ILogger logger, string schedule, string problems);
}

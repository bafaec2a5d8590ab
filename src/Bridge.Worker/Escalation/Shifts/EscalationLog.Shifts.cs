namespace Bridge.Worker.Escalation;

/// <summary>Handoff notices and gap warnings, EventIds 6060–6069.</summary>
internal static partial class EscalationLog
{
    [LoggerMessage(EventId = 6060, Level = LogLevel.Information, Message = "Handoff notice ({Moment}) for {Schedule} to {Member}: on call {StretchStart:O} to {StretchEnd:O}")]
    public static partial void HandoffNotice(ILogger logger, string schedule, string member, Shifts.HandoffMoment moment, DateTimeOffset stretchStart, DateTimeOffset stretchEnd);

    [LoggerMessage(EventId = 6061, Level = LogLevel.Warning, Message = "Gap in {Schedule} from {GapStart:O} to {GapEnd:O}: warned {Ahead} ahead to role {Role} ({Told} people)")]
    public static partial void GapWarned(ILogger logger, string schedule, DateTimeOffset gapStart, DateTimeOffset gapEnd, string ahead, string role, int told);

    [LoggerMessage(EventId = 6062, Level = LogLevel.Warning, Message = "Gap in {Schedule} from {GapStart:O}: nobody holding role {Role} has a contact method to be warned")]
    public static partial void GapNobodyToTell(ILogger logger, string schedule, DateTimeOffset gapStart, string role);
}

namespace Bridge.Worker.OnCall;

/// <summary>Who is on call, as the HTTP API shows it (no contact details), with the next shifts.</summary>
internal sealed record OnCallAnswerView(
    string Schedule, string TimeZone, DateTimeOffset At, string? Member, string? Name, string Source,
    DateTimeOffset Since, DateTimeOffset Until, IReadOnlyList<OnCallShiftView> Next)
{
    public static OnCallAnswerView From(OnCallAnswer answer, OnCallResolver resolver, int next)
    {
        var zone = resolver.ZoneOf(answer.Schedule);
        return new(
            answer.Schedule,
            zone.Id,
            OnCallShiftView.InZone(answer.At, zone),
            answer.Person?.Member,
            answer.Person?.Name,
            answer.Source.ToString(),
            OnCallShiftView.InZone(answer.Since, zone),
            OnCallShiftView.InZone(answer.Until, zone),
            resolver.NextShifts(answer.Schedule, answer.At, next).Select(s => OnCallShiftView.From(s, resolver)).ToList());
    }
}

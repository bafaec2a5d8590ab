using Bridge.Worker.Escalation.Delivery;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Watch;

/// <summary>
/// Tells <c>Watch:Alarms:Role</c> once when a cause starts failing and once when it stops ("all clear"), through the
/// delivery lanes. The raised alarm is stored before its notice is handed over and removed only after its all-clear,
/// and each notice has a key of its own, so a crash or restart between the two repeats nothing and loses nothing.
/// </summary>
internal sealed class AlarmKeeper(AlarmStore store, NoticeSender notices, IOptionsMonitor<WatchOptions> options, ILogger<AlarmKeeper> logger)
{
    /// <summary>Raises what is newly failing (confirmed), tells what is not told yet, clears what no longer fails at all.</summary>
    public void Reconcile(IReadOnlyList<WatchCondition> failing, DateTimeOffset now)
    {
        var role = options.CurrentValue.Alarms.Role;
        var raised = store.All().ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var condition in failing)
        {
            if (!raised.TryGetValue(condition.Cause, out var alarm))
            {
                if (!condition.Confirmed)
                {
                    continue;
                }


                alarm = new RaisedAlarm { Id = condition.Cause, RaisedAt = now, Subject = condition.Subject, Detail = condition.Detail };
                store.Save(alarm);
                WatchLog.AlarmRaised(logger, condition.Cause, condition.Detail);
            }

            if (!alarm.Told)
            {
                var result = notices.SendToRole(new Notice(alarm.NoticeKey, alarm.Subject, $"Bridge alarm: {alarm.Detail}"), role);
                WatchLog.AlarmTold(logger, alarm.Id, role, result.Outcome.ToString(), result.Told.Count);
                alarm.Told = true;
                store.Save(alarm);
            }
        }

        foreach (var alarm in raised.Values.Where(a => !failing.Any(f => f.Cause == a.Id)))
        {
            var result = notices.SendToRole(
                new Notice(alarm.NoticeKey + ":clear", $"All clear: {alarm.Subject.Replace("Bridge: ", "", StringComparison.Ordinal)}",
                    $"Bridge all clear: {alarm.Subject.Replace("Bridge: ", "", StringComparison.Ordinal)} (raised {alarm.RaisedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC) is over."),
                role);
            store.Remove(alarm.Id);
            WatchLog.AlarmCleared(logger, alarm.Id, role, result.Outcome.ToString(), now - alarm.RaisedAt);
        }
    }
}

namespace Bridge.Worker.Escalation.Delivery;

/// <summary>
/// A message to people that is not a page about an incident: a shift starting, a gap in the rotation, the bridge
/// sick or well again, a canary. <see cref="Key"/> names it once and for all (<c>handoff:after-hours:anguyen:2026-12-04T22:00Z</c>):
/// a notice already handed to delivery under its key is never sent again, so whoever raises it may raise it on every pass.
/// </summary>
/// <param name="Key">What the notice is about, unique per occurrence.</param>
/// <param name="Subject">One line: the e-mail subject and the chat title.</param>
/// <param name="Text">The message; SMS sends it on one line.</param>
/// <param name="Reach">Whether every contact method is tried in turn, or only the person's first.</param>
/// <param name="Kinds">Only contact methods of these kinds (<c>email</c>): the morning digest is a mail, not a text; null: every kind.</param>
internal sealed record Notice(string Key, string Subject, string Text, NoticeReach Reach = NoticeReach.UntilReached, IReadOnlySet<string>? Kinds = null);

internal enum NoticeReach
{
    /// <summary>The person's methods in order until one accepts, as a page does (alarms, canaries).</summary>
    UntilReached,

    /// <summary>The first method only: a heads-up, not worth a second ring (handoff notices).</summary>
    FirstContact,
}

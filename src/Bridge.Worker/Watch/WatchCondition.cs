namespace Bridge.Worker.Watch;

/// <summary>A cause that is failing now, worded for the people told.</summary>
/// <param name="Cause">One of <see cref="WatchCause"/>.</param>
/// <param name="Subject">One line: the mail subject.</param>
/// <param name="Detail">What is wrong and since when.</param>
/// <param name="Confirmed">
/// Failing long enough to raise an alarm. An unconfirmed condition raises nothing but keeps a raised alarm raised: after a
/// restart the poller's failures count again from its first poll, and that must not send an all-clear.
/// </param>
internal sealed record WatchCondition(string Cause, string Subject, string Detail, bool Confirmed = true);

namespace Bridge.Worker.Watch;

/// <summary>A cause that is failing now, worded for the people told.</summary>
/// <param name="Cause">One of <see cref="WatchCause"/>.</param>
/// <param name="Subject">One line: the mail subject.</param>
/// <param name="Detail">What is wrong and since when.</param>
internal sealed record WatchCondition(string Cause, string Subject, string Detail);

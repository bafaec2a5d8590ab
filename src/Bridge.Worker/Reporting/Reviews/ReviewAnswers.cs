namespace Bridge.Worker.Reporting.Reviews;

/// <summary>Seed 000's first question: was the event a real issue, one that could have waited, or one that did not exist?</summary>
public enum ReviewCause
{
    Real,
    CouldHaveWaited,
    DidNotExist,
}

/// <summary>Seed 000's second question: did the alert reach the right person, was it missed, or could they not handle it?</summary>
public enum ReviewReach
{
    RightPerson,
    Missed,
    CouldNotHandle,
}

/// <summary>
/// One person's answers to the three questions. <see cref="Missing"/> (what information was missing) is the person's
/// own untrusted text, set only when <see cref="EnoughInformation"/> is false, and encoded wherever it is shown.
/// </summary>
public sealed record ReviewAnswers(ReviewCause Cause, ReviewReach Reach, bool EnoughInformation, string? Missing)
{
    /// <summary>"could have waited; right person; information missing: the client's site address".</summary>
    public string Summary() =>
        $"{ReviewChoices.Text(Cause)}; {ReviewChoices.Text(Reach)}; {(EnoughInformation ? "enough information" : $"information missing: {Missing}")}";
}

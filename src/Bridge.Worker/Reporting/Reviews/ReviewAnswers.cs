namespace Bridge.Worker.Reporting.Reviews;

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

namespace Bridge.Worker.Reporting.Reviews;

/// <summary>One submission of the form: who, when, how (<c>link</c> or <c>web</c>) and the answers.</summary>
public sealed class ReviewSubmission
{
    public DateTimeOffset At { get; set; }

    public string By { get; set; } = "";

    public string ByName { get; set; } = "";

    public string Via { get; set; } = "";

    public ReviewCause Cause { get; set; }

    public ReviewReach Reach { get; set; }

    public bool EnoughInformation { get; set; }

    /// <summary>What was missing, the person's untrusted text.</summary>
    public string? Missing { get; set; }

    public ReviewAnswers Answers() => new(Cause, Reach, EnoughInformation, Missing);
}

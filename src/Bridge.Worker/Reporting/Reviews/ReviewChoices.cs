namespace Bridge.Worker.Reporting.Reviews;

/// <summary>The form's values for each answer (what the page posts) and how each answer reads in a sentence.</summary>
internal static class ReviewChoices
{
    public static readonly IReadOnlyList<(ReviewCause Answer, string Value, string Label)> Causes =
    [
        (ReviewCause.Real, "real", "A real issue"),
        (ReviewCause.CouldHaveWaited, "could-have-waited", "An issue that could have waited until the next business day"),
        (ReviewCause.DidNotExist, "did-not-exist", "An issue that did not exist"),
    ];

    public static readonly IReadOnlyList<(ReviewReach Answer, string Value, string Label)> Reaches =
    [
        (ReviewReach.RightPerson, "right-person", "Yes, it reached the right person"),
        (ReviewReach.Missed, "missed", "No: the alert was missed"),
        (ReviewReach.CouldNotHandle, "could-not-handle", "No: the person who got it could not handle the issue"),
    ];

    public const string Enough = "enough";
    public const string NotEnough = "missing";

    public static string Value(ReviewCause cause) => Causes.First(c => c.Answer == cause).Value;

    public static string Value(ReviewReach reach) => Reaches.First(r => r.Answer == reach).Value;

    public static string Text(ReviewCause cause) => cause switch
    {
        ReviewCause.Real => "real issue",
        ReviewCause.CouldHaveWaited => "could have waited",
        _ => "did not exist",
    };

    public static string Text(ReviewReach reach) => reach switch
    {
        ReviewReach.RightPerson => "right person",
        ReviewReach.Missed => "alert missed",
        _ => "could not handle it",
    };
}

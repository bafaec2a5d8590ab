namespace Bridge.Worker.Reporting.Reviews;

/// <summary>
/// Reads the posted review form: each question answered with one of its choices, what was missing said when the
/// information was not enough, and at most <see cref="MissingMaxLength"/> characters of it. Every problem is reported
/// (naming the question), and what was typed comes back with them so the page shows it again.
/// </summary>
internal static class ReviewForm
{
    public const string CauseField = "cause";
    public const string ReachField = "reach";
    public const string InformationField = "information";
    public const string MissingField = "missing";
    public const int MissingMaxLength = 500;

    public static ReviewFormResult Parse(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var typed = new ReviewFormValues(Clean(field(CauseField)), Clean(field(ReachField)), Clean(field(InformationField)), field(MissingField) ?? "");
        var errors = new List<ReviewFieldError>();

        var cause = ReviewChoices.Causes.FirstOrDefault(c => c.Value == typed.Cause);
        if (cause.Value is null)
        {
            errors.Add(Choice(CauseField, "Was it a real issue", typed.Cause));
        }

        var reach = ReviewChoices.Reaches.FirstOrDefault(r => r.Value == typed.Reach);
        if (reach.Value is null)
        {
            errors.Add(Choice(ReachField, "Did the alert reach the right person", typed.Reach));
        }

        bool? enough = typed.Information switch
        {
            ReviewChoices.Enough => true,
            ReviewChoices.NotEnough => false,
            _ => null,
        };
        if (enough is null)
        {
            errors.Add(Choice(InformationField, "Was there enough information", typed.Information));
        }

        var missing = typed.Missing.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (missing.Length > MissingMaxLength)
        {
            errors.Add(new ReviewFieldError(MissingField, $"What was missing is {missing.Length} characters long; at most {MissingMaxLength} fit. Shorten it and send again."));
        }
        else if (enough == false && missing.Length == 0)
        {
            errors.Add(new ReviewFieldError(MissingField, "Say what information was missing (or choose that there was enough)."));
        }

        if (errors.Count > 0)
        {
            return new ReviewFormResult(null, errors, typed);
        }

        return new ReviewFormResult(new ReviewAnswers(cause.Answer, reach.Answer, enough!.Value, enough.Value ? null : missing), [], typed);
    }

    private static ReviewFieldError Choice(string field, string question, string given) =>
        new(field, given.Length == 0
            ? $"“{question}?” has no answer: choose one."
            : $"“{question}?” was answered with “{Shorten(given)}”, which is not one of its answers: choose one.");

    private static string Clean(string? value) => (value ?? "").Trim();

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>What the person typed, as it came in (shown again when something is wrong).</summary>
internal sealed record ReviewFormValues(string Cause, string Reach, string Information, string Missing)
{
    public static ReviewFormValues Empty { get; } = new("", "", "", "");

    public static ReviewFormValues Of(ReviewAnswers answers) => new(
        ReviewChoices.Value(answers.Cause),
        ReviewChoices.Value(answers.Reach),
        answers.EnoughInformation ? ReviewChoices.Enough : ReviewChoices.NotEnough,
        answers.Missing ?? "");
}

/// <summary>One problem with the form: the field it is about and what is wrong, in words the person can act on.</summary>
internal sealed record ReviewFieldError(string Field, string Message);

/// <summary>The answers when the form was right (<see cref="Errors"/> empty), otherwise the errors; always what was typed.</summary>
internal sealed record ReviewFormResult(ReviewAnswers? Answers, IReadOnlyList<ReviewFieldError> Errors, ReviewFormValues Typed);

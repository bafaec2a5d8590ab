using Bridge.Worker.Reporting.Reviews;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewFormTests
{
    private static ReviewFormResult Parse(string? cause = "could-have-waited", string? reach = "right-person", string? information = "missing", string? missing = "the client's site address") =>
        ReviewForm.Parse(name => name switch
        {
            ReviewForm.CauseField => cause,
            ReviewForm.ReachField => reach,
            ReviewForm.InformationField => information,
            ReviewForm.MissingField => missing,
            _ => null,
        });

    [Fact]
    public void Parse_AllAnswered_TheAnswersAndNoErrors()
    {
        var result = Parse();

        Assert.Empty(result.Errors);
        Assert.Equal(new ReviewAnswers(ReviewCause.CouldHaveWaited, ReviewReach.RightPerson, false, "the client's site address"), result.Answers);
        Assert.Equal("could have waited; right person; information missing: the client's site address", result.Answers!.Summary());
    }

    [Theory]
    [InlineData("real", ReviewCause.Real)]
    [InlineData("could-have-waited", ReviewCause.CouldHaveWaited)]
    [InlineData(" did-not-exist ", ReviewCause.DidNotExist)]
    public void Parse_EachCause_Read(string value, ReviewCause expected) =>
        Assert.Equal(expected, Parse(cause: value).Answers?.Cause);

    [Theory]
    [InlineData("right-person", ReviewReach.RightPerson)]
    [InlineData("missed", ReviewReach.Missed)]
    [InlineData("could-not-handle", ReviewReach.CouldNotHandle)]
    public void Parse_EachReach_Read(string value, ReviewReach expected) =>
        Assert.Equal(expected, Parse(reach: value).Answers?.Reach);

    [Fact]
    public void Parse_EnoughInformation_TextTypedAnywayIsNotStored()
    {
        var answers = Parse(information: "enough", missing: "nothing really").Answers;

        Assert.Equal((true, (string?)null), (answers!.EnoughInformation, answers.Missing));
        Assert.Equal("could have waited; right person; enough information", answers.Summary());
    }

    [Fact]
    public void Parse_UnknownChoice_NamesTheQuestionAndTheValue_AndKeepsWhatWasTyped()
    {
        var result = Parse(cause: "maybe");

        Assert.Null(result.Answers);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ReviewForm.CauseField, error.Field);
        Assert.Contains("Was it a real issue?", error.Message, StringComparison.Ordinal);
        Assert.Contains("“maybe”", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ReviewFormValues("maybe", "right-person", "missing", "the client's site address"), result.Typed);
    }

    [Fact]
    public void Parse_NothingAnswered_EveryQuestionNamed()
    {
        var result = Parse(null, null, null, null);

        Assert.Equal([ReviewForm.CauseField, ReviewForm.ReachField, ReviewForm.InformationField], result.Errors.Select(e => e.Field));
        Assert.All(result.Errors, e => Assert.Contains("has no answer", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingTextOneTooLong_RefusedWithItsLength_AndTheWholeTextKept()
    {
        var text = new string('x', ReviewForm.MissingMaxLength + 1);

        var result = Parse(missing: text);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ReviewForm.MissingField, error.Field);
        Assert.Contains($"{ReviewForm.MissingMaxLength + 1} characters long; at most {ReviewForm.MissingMaxLength}", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, result.Typed.Missing);
    }

    [Fact]
    public void Parse_MissingTextAtTheLimit_Stored()
    {
        var text = new string('x', ReviewForm.MissingMaxLength);

        Assert.Equal(text, Parse(missing: text).Answers?.Missing);
    }

    [Fact]
    public void Parse_NotEnoughInformationButNothingSaid_AsksWhatWasMissing()
    {
        var error = Assert.Single(Parse(missing: "   ").Errors);

        Assert.Equal(ReviewForm.MissingField, error.Field);
        Assert.Contains("Say what information was missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MarkupInTheText_StoredAsTyped()
    {
        Assert.Equal("<script>alert(1)</script>", Parse(missing: "<script>alert(1)</script>").Answers?.Missing);
    }
}

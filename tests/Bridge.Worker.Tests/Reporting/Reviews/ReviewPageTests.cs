using Bridge.Worker.Reporting.Reviews;
using NodaTime;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewPageTests
{
    private static IncidentReview Review() => new()
    {
        Id = 7,
        TicketId = 1,
        Summary = "DC01 <down>",
        Client = "Northwind & Co",
        ResolvedAt = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero),
    };

    private static string Form(ReviewFormValues values, IReadOnlyList<ReviewFieldError>? errors = null) =>
        ReviewPage.Form(new ReviewPageModel(Review(), "/reviews/7/tok", values, errors ?? [], null, null, DateTimeZone.Utc));

    [Fact]
    public void Form_ThreeFieldsetsWithLegends_EveryInputLabelled_ColorSchemeDeclared()
    {
        var html = Form(ReviewFormValues.Empty);

        Assert.Equal(3, CountOf(html, "<fieldset"));
        Assert.Equal(3, CountOf(html, "<legend>"));
        foreach (var id in new[] { "cause-real", "cause-could-have-waited", "cause-did-not-exist", "reach-right-person", "reach-missed", "reach-could-not-handle", "information-enough", "information-missing", "missing" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"for=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<meta name=\"color-scheme\" content=\"light dark\">", html, StringComparison.Ordinal);
        Assert.Contains(":focus-visible{outline:3px", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Form_TypedTextWithMarkup_EncodedAndKept()
    {
        var html = Form(new ReviewFormValues("real", "missed", "missing", "</textarea><script>alert(1)</script>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Review of #1 DC01 &lt;down&gt;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"real\" checked", html, StringComparison.Ordinal);
        Assert.Contains("value=\"missed\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Form_Errors_SummaryLinksToEachAndTheFieldIsMarked()
    {
        var html = Form(new ReviewFormValues("maybe", "", "", ""), [new ReviewFieldError("cause", "“Was it a real issue?” was answered with “maybe”")]);

        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#cause-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset id=\"cause\" class=\"invalid\" aria-describedby=\"cause-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"cause-error\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_WithWhatWasTyped_ShowsItToCopy()
    {
        var html = ReviewPage.Refused("This review link has expired", "Nothing was stored.", new ReviewFormValues("real", "missed", "missing", "the gate code <b>"));

        Assert.Contains("the gate code &lt;b&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("A real issue", html, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

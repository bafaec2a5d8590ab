using Bridge.Worker.Reporting.Reviews;

namespace Bridge.Worker.Tests.Reporting.Reviews;

public sealed class ReviewOptionsTests
{
    [Fact]
    public void Defaults_OnSevenDaysThree_AndValid()
    {
        var options = new ReviewOptions();

        Assert.Equal((true, TimeSpan.FromDays(7), 3), (options.Enabled, options.LinkLifetime, options.MinimumAnswers));
        Assert.Empty(ReviewOptionsValidator.Failures(options, "Reporting:Reviews"));
    }

    [Fact]
    public void Failures_EveryBadValue_EachNamedByItsKey()
    {
        var failures = ReviewOptionsValidator.Failures(new ReviewOptions { LinkLifetime = TimeSpan.FromMinutes(5), MinimumAnswers = 0 }, "Reporting:Reviews").ToList();

        Assert.Equal(2, failures.Count);
        Assert.StartsWith("Reporting:Reviews:LinkLifetime is 00:05:00", failures[0], StringComparison.Ordinal);
        Assert.StartsWith("Reporting:Reviews:MinimumAnswers is 0", failures[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2160, true)]
    [InlineData(2161, false)]
    public void Failures_LinkLifetimeInHours_AnHourToNinetyDays(int hours, bool valid) =>
        Assert.Equal(valid, !ReviewOptionsValidator.Failures(new ReviewOptions { LinkLifetime = TimeSpan.FromHours(hours) }, "R").Any());
}

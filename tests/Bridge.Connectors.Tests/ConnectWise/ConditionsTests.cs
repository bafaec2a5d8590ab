using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConditionsTests
{
    private static readonly DateTimeOffset Instant = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    public static TheoryData<Condition, string> Comparisons => new()
    {
        { Conditions.Field("board/name").Equal("Service Desk"), "board/name = \"Service Desk\"" },
        { Conditions.Field("board/name").NotEqual("Sales"), "board/name != \"Sales\"" },
        { Conditions.Field("status/id").Equal(42), "status/id = 42" },
        { Conditions.Field("status/id").NotEqual(-3), "status/id != -3" },
        { Conditions.Field("actualHours").Equal(1.5m), "actualHours = 1.5" },
        { Conditions.Field("closedFlag").Equal(false), "closedFlag = false" },
        { Conditions.Field("closedFlag").Equal(true), "closedFlag = true" },
        { Conditions.Field("closedFlag").NotEqual(true), "closedFlag != true" },
        { Conditions.Field("lastUpdated").GreaterThan(Instant), "lastUpdated > [2026-01-02T03:04:05Z]" },
        { Conditions.Field("lastUpdated").GreaterThanOrEqual(Instant.ToOffset(TimeSpan.FromHours(2))), "lastUpdated >= [2026-01-02T03:04:05Z]" },
        { Conditions.Field("dateEntered").LessThan(Instant), "dateEntered < [2026-01-02T03:04:05Z]" },
        { Conditions.Field("dateEntered").LessThanOrEqual(Instant), "dateEntered <= [2026-01-02T03:04:05Z]" },
        { Conditions.Field("timeStart").Equal(Instant), "timeStart = [2026-01-02T03:04:05Z]" },
        { Conditions.Field("id").GreaterThan(1000), "id > 1000" },
        { Conditions.Field("hours").LessThanOrEqual(0.25m), "hours <= 0.25" },
        { Conditions.Field("priority/id").In(1, 2, 3), "priority/id in (1,2,3)" },
        { Conditions.Field("type/name").In("a", "b"), "type/name in (\"a\",\"b\")" },
        { Conditions.Field("company/name").Like("*Acme*"), "company/name like \"*Acme*\"" },
        { Conditions.Field("company/name").NotLike("Test*"), "company/name not like \"Test*\"" },
        { Conditions.Field("summary").Contains("down"), "summary contains \"down\"" },
        { Conditions.Field("summary").NotContains("test"), "summary not contains \"test\"" },
        { Conditions.Field("owner").IsNull(), "owner = null" },
        { Conditions.Field("owner").IsNotNull(), "owner != null" },
        { Conditions.Field("_info/lastUpdated").GreaterThan(Instant), "_info/lastUpdated > [2026-01-02T03:04:05Z]" },
        { Conditions.Field("summary").Equal("say \"hi\""), "summary = \"say \\\"hi\\\"\"" },
        { Conditions.Field("summary").Equal(@"C:\temp\"), "summary = \"C:\\\\temp\\\\\"" },
        { Conditions.Field("summary").Equal("it's"), "summary = \"it's\"" },
        { Conditions.Field("summary").Equal(""), "summary = \"\"" },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Field_Comparison_YieldsConnectWiseSyntax(Condition condition, string expected) =>
        Assert.Equal(expected, condition.ToString());

    [Fact]
    public void And_OfOrGroup_ParenthesisesTheOrGroup()
    {
        var condition = Conditions.And(
            Conditions.Field("board/name").Equal("Service Desk"),
            Conditions.Or(Conditions.Field("priority/id").Equal(1), Conditions.Field("priority/id").Equal(2)),
            Conditions.Field("closedFlag").Equal(false));

        Assert.Equal("board/name = \"Service Desk\" and (priority/id = 1 or priority/id = 2) and closedFlag = false", condition.ToString());
    }

    [Fact]
    public void Or_OfAndGroups_ParenthesisesEachAndGroup()
    {
        var condition = Conditions.Or(
            Conditions.And(Conditions.Field("a").Equal(1), Conditions.Field("b").Equal(2)),
            Conditions.And(Conditions.Field("c").Equal(3), Conditions.Field("d").Equal(4)));

        Assert.Equal("(a = 1 and b = 2) or (c = 3 and d = 4)", condition.ToString());
    }

    [Fact]
    public void And_OfAndGroup_StaysFlat()
    {
        var inner = Conditions.Field("a").Equal(1).And(Conditions.Field("b").Equal(2));

        Assert.Equal("a = 1 and b = 2 and c = 3", inner.And(Conditions.Field("c").Equal(3)).ToString());
    }

    [Fact]
    public void And_NestedThreeLevels_KeepsEveryGroupingExplicit()
    {
        var condition = Conditions.And(
            Conditions.Field("x").Equal(0),
            Conditions.Or(Conditions.Field("a").Equal(1), Conditions.And(Conditions.Field("b").Equal(2), Conditions.Field("c").Equal(3))));

        Assert.Equal("x = 0 and (a = 1 or (b = 2 and c = 3))", condition.ToString());
    }

    [Fact]
    public void And_SingleCondition_ReturnsItUnwrapped() =>
        Assert.Equal("a = 1", Conditions.And(Conditions.Field("a").Equal(1)).ToString());

    [Fact]
    public void And_NoConditions_Throws() =>
        Assert.Throws<ArgumentException>(() => Conditions.And());

    [Fact]
    public void In_NoValues_Throws() =>
        Assert.Throws<ArgumentException>(() => Conditions.Field("id").In(Array.Empty<long>()));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("name = 1 or 1")]
    [InlineData("a\"b")]
    [InlineData("a)b")]
    public void Field_PathWithSyntaxCharacters_Throws(string path) =>
        Assert.ThrowsAny<ArgumentException>(() => Conditions.Field(path));

    [Fact]
    public void Number_UnderCommaDecimalCulture_UsesInvariantDot()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("hours = 1.75", Conditions.Field("hours").Equal(1.75m).ToString());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ImplicitString_GivesTheSameTextAsToString()
    {
        var condition = Conditions.Field("id").Equal(5);
        string? text = condition;

        Assert.Equal(condition.ToString(), text);
    }
}

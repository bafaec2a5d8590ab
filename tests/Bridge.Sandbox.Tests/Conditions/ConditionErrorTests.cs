using Bridge.Sandbox.Conditions;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Tests.Conditions;

public sealed class ConditionErrorTests
{
    [Theory]
    [InlineData("foo = 1", "foo is not a recognized name.")]
    [InlineData("summary = 'x' and board/colour = 'red'", "board/colour is not a recognized name.")]
    [InlineData("communicationItems/value = 'x'", "communicationItems/value is not a recognized name.")]
    [InlineData("summary = ", "expected a value but found the end of the conditions")]
    [InlineData("summary = 'abc", "Unterminated string value starting at position 11")]
    [InlineData("(id = 1", "expected ')' but found the end")]
    [InlineData("id = 1 and", "expected a field name or '('")]
    [InlineData("id = 1 id = 2", "expected 'and', 'or' or the end of the conditions but found 'id' at position 8")]
    [InlineData("id == 1", "expected a value but found '='")]
    [InlineData("id ! 1", "Unexpected character '!' at position 4")]
    [InlineData("summary = abc", "String values should be enclosed with double or single quotes")]
    [InlineData("summary is 'x'", "expected an operator after summary")]
    [InlineData("status/name not equal 'x'", "expected 'like', 'contains' or 'in' after 'not'")]
    [InlineData("id in 1, 2", "expected '(' after 'in'")]
    [InlineData("id in (1 2)", "expected ',' or ')'")]
    [InlineData("closedFlag = 1", "Expected a boolean value, not a numeric.")]
    [InlineData("id = 'one'", "Expected a numeric value, not a string.")]
    [InlineData("lastUpdated > '2026-01-01'", "Expected a datetime value, not a string.")]
    [InlineData("summary = 5", "Expected a string value, not a numeric.")]
    [InlineData("status/id in (1, 'two')", "Expected a numeric value, not a string.")]
    [InlineData("lastUpdated > [yesterday]", "is not a valid DateTime")]
    [InlineData("lastUpdated > [2026-01-01T00:00:00Z", "Unterminated date value")]
    [InlineData("id like 1", "can only be used with string fields")]
    [InlineData("closedFlag > false", "cannot be used with the boolean field closedFlag")]
    [InlineData("board = 1", "board cannot be compared to a value")]
    [InlineData("summary < null", "null can only be compared with = or !=")]
    [InlineData("id = 12abc", "Unexpected character 'a' in the number")]
    public void Create_InvalidConditions_ThrowsApiFindCondition(string conditions, string message)
    {
        var error = Assert.Throws<SandboxApiException>(() => ConditionFilter.Create(Schemas.Ticket, conditions));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal("ApiFindCondition", error.Code);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankConditions_ReturnsNoFilter(string? conditions)
    {
        Assert.Null(ConditionFilter.Create(Schemas.Ticket, conditions));
    }

    [Fact]
    public void Parse_AndBindsTighterThanOr_BuildsOrAtTheRoot()
    {
        var node = ConditionParser.Parse("a = 1 or b = 2 and c = 3");

        var or = Assert.IsType<OrNode>(node);
        Assert.Equal("a", Assert.IsType<ComparisonNode>(or.Left).Field);
        var and = Assert.IsType<AndNode>(or.Right);
        Assert.Equal("c", Assert.IsType<ComparisonNode>(and.Right).Field);
    }

    [Theory]
    [InlineData("x = 'it''s'", "it's")]
    [InlineData("x = \"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("x = 'back\\\\slash'", "back\\slash")]
    [InlineData("x = 'C:\\temp'", "C:\\temp")]
    [InlineData("x = \"it's\"", "it's")]
    public void Parse_QuotedStrings_UnescapesQuotes(string conditions, string expected)
    {
        var comparison = Assert.IsType<ComparisonNode>(ConditionParser.Parse(conditions));

        Assert.Equal(expected, comparison.Values[0].Raw);
        Assert.Equal(LiteralKind.Text, comparison.Values[0].Kind);
    }

    [Fact]
    public void Parse_BracketedDate_ConvertsToUtcInstant()
    {
        var comparison = Assert.IsType<ComparisonNode>(ConditionParser.Parse("lastUpdated > [2026-01-02T03:04:05Z]"));

        Assert.Equal(LiteralKind.DateTime, comparison.Values[0].Kind);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), comparison.Values[0].Date);
        Assert.Equal(ComparisonOperator.Greater, comparison.Operator);
    }

    [Theory]
    [InlineData("x not like 'a'", "NotLike")]
    [InlineData("x NOT CONTAINS 'a'", "NotContains")]
    [InlineData("x not in ('a')", "NotIn")]
    [InlineData("x <= 1", "LessOrEqual")]
    [InlineData("x>=1", "GreaterOrEqual")]
    [InlineData("x!=1", "NotEqual")]
    public void Parse_Operators_AreRecognised(string conditions, string expected)
    {
        Assert.Equal(expected, Assert.IsType<ComparisonNode>(ConditionParser.Parse(conditions)).Operator.ToString());
    }
}

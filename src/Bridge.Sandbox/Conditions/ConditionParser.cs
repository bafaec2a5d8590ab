using System.Globalization;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Conditions;

/// <summary>
/// Recursive-descent parser for ConnectWise conditions. <c>and</c> binds tighter than <c>or</c>:
/// <code>
/// expression := term ( OR term )*
/// term       := factor ( AND factor )*
/// factor     := '(' expression ')' | comparison
/// comparison := field operator value | field [NOT] IN '(' value (',' value)* ')'
/// operator   := = | != | &lt; | &lt;= | &gt; | &gt;= | [NOT] CONTAINS | [NOT] LIKE
/// value      := 'text' | "text" | number | true | false | null | [datetime]
/// </code>
/// </summary>
internal sealed class ConditionParser
{
    private static readonly string[] Keywords = ["and", "or", "not", "like", "contains", "in", "true", "false", "null"];

    private readonly List<ConditionToken> _tokens;
    private int _index;

    private ConditionParser(List<ConditionToken> tokens) => _tokens = tokens;

    private ConditionToken Current => _tokens[_index];

    /// <summary>Parses a conditions string; null or blank yields null (no filter).</summary>
    public static ConditionNode? Parse(string? conditions)
    {
        if (string.IsNullOrWhiteSpace(conditions))
        {
            return null;
        }

        var parser = new ConditionParser(ConditionLexer.Tokenize(conditions));
        var node = parser.ParseExpression();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("'and', 'or' or the end of the conditions");
        }

        return node;
    }

    private ConditionNode ParseExpression()
    {
        var left = ParseTerm();
        while (Current.IsKeyword("or"))
        {
            _index++;
            left = new OrNode(left, ParseTerm());
        }

        return left;
    }

    private ConditionNode ParseTerm()
    {
        var left = ParseFactor();
        while (Current.IsKeyword("and"))
        {
            _index++;
            left = new AndNode(left, ParseFactor());
        }

        return left;
    }

    private ConditionNode ParseFactor()
    {
        if (Current.Kind == TokenKind.LeftParen)
        {
            _index++;
            var inner = ParseExpression();
            Expect(TokenKind.RightParen, "')'");
            return inner;
        }

        if (Current.Kind != TokenKind.Identifier || IsKeyword(Current))
        {
            throw Unexpected("a field name or '('");
        }

        var field = Current.Text;
        _index++;
        var op = ParseOperator(field);
        if (op is ComparisonOperator.In or ComparisonOperator.NotIn)
        {
            return new ComparisonNode(field, op, ParseList());
        }

        return new ComparisonNode(field, op, [ParseValue()]);
    }

    private ComparisonOperator ParseOperator(string field)
    {
        var token = Current;
        _index++;
        switch (token.Kind)
        {
            case TokenKind.Equal: return ComparisonOperator.Equal;
            case TokenKind.NotEqual: return ComparisonOperator.NotEqual;
            case TokenKind.Less: return ComparisonOperator.Less;
            case TokenKind.LessOrEqual: return ComparisonOperator.LessOrEqual;
            case TokenKind.Greater: return ComparisonOperator.Greater;
            case TokenKind.GreaterOrEqual: return ComparisonOperator.GreaterOrEqual;
        }

        if (token.IsKeyword("like"))
        {
            return ComparisonOperator.Like;
        }

        if (token.IsKeyword("contains"))
        {
            return ComparisonOperator.Contains;
        }

        if (token.IsKeyword("in"))
        {
            return ComparisonOperator.In;
        }

        if (token.IsKeyword("not"))
        {
            var next = Current;
            _index++;
            if (next.IsKeyword("like"))
            {
                return ComparisonOperator.NotLike;
            }

            if (next.IsKeyword("contains"))
            {
                return ComparisonOperator.NotContains;
            }

            if (next.IsKeyword("in"))
            {
                return ComparisonOperator.NotIn;
            }

            _index--;
            throw Unexpected("'like', 'contains' or 'in' after 'not'");
        }

        _index--;
        throw Unexpected($"an operator after {field}");
    }

    private List<ConditionLiteral> ParseList()
    {
        Expect(TokenKind.LeftParen, "'(' after 'in'");
        var values = new List<ConditionLiteral> { ParseValue() };
        while (Current.Kind == TokenKind.Comma)
        {
            _index++;
            values.Add(ParseValue());
        }

        Expect(TokenKind.RightParen, "',' or ')'");
        return values;
    }

    private ConditionLiteral ParseValue()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Text:
                _index++;
                return new ConditionLiteral(LiteralKind.Text, token.Text);
            case TokenKind.Number:
                _index++;
                if (!decimal.TryParse(token.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    throw CwErrors.Condition($"'{token.Text}' at position {token.Position + 1} is not a valid number.");
                }

                return new ConditionLiteral(LiteralKind.Number, token.Text, Number: number);
            case TokenKind.DateTime:
                _index++;
                if (!CwDates.TryParseLenient(token.Text, out var date))
                {
                    throw CwErrors.Condition($"[{token.Text}] at position {token.Position + 1} is not a valid DateTime. Use the format [yyyy-MM-ddTHH:mm:ssZ].");
                }

                return new ConditionLiteral(LiteralKind.DateTime, token.Text, Date: date);
        }

        if (token.IsKeyword("true") || token.IsKeyword("false"))
        {
            _index++;
            return new ConditionLiteral(LiteralKind.Boolean, token.Text, Flag: token.IsKeyword("true"));
        }

        if (token.IsKeyword("null"))
        {
            _index++;
            return new ConditionLiteral(LiteralKind.Null, token.Text);
        }

        if (token.Kind == TokenKind.Identifier)
        {
            throw CwErrors.Condition(
                $"Unexpected value '{token.Text}' at position {token.Position + 1}. String values should be enclosed with double or single quotes; DateTime values should be enclosed in square brackets.");
        }

        throw Unexpected("a value");
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected(what);
        }

        _index++;
    }

    private SandboxApiException Unexpected(string expected)
    {
        var token = Current;
        var where = token.Kind == TokenKind.End ? string.Empty : $" at position {token.Position + 1}";
        return CwErrors.Condition($"Invalid conditions syntax: expected {expected} but found {token.Describe()}{where}.");
    }

    private static bool IsKeyword(ConditionToken token) =>
        Array.Exists(Keywords, k => token.IsKeyword(k));
}

namespace Bridge.Sandbox.Conditions;

internal enum TokenKind
{
    Identifier,
    Text,
    Number,
    DateTime,
    LeftParen,
    RightParen,
    Comma,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    End,
}

/// <summary>One lexeme of a conditions string; <see cref="Position"/> is 0-based.</summary>
internal readonly record struct ConditionToken(TokenKind Kind, string Text, int Position)
{
    public bool IsKeyword(string keyword) =>
        Kind == TokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.End => "the end of the conditions",
        TokenKind.Text => $"'{Text}'",
        TokenKind.DateTime => $"[{Text}]",
        _ => $"'{Text}'",
    };
}

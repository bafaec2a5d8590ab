using System.Text;
using Bridge.Sandbox.Data;

namespace Bridge.Sandbox.Conditions;

/// <summary>Splits a ConnectWise conditions string into tokens.</summary>
internal static class ConditionLexer
{
    public static List<ConditionToken> Tokenize(string input)
    {
        var tokens = new List<ConditionToken>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new ConditionToken(TokenKind.LeftParen, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new ConditionToken(TokenKind.RightParen, ")", i++));
                    continue;
                case ',':
                    tokens.Add(new ConditionToken(TokenKind.Comma, ",", i++));
                    continue;
                case '=':
                    tokens.Add(new ConditionToken(TokenKind.Equal, "=", i++));
                    continue;
                case '!':
                    if (Peek(input, i + 1) != '=')
                    {
                        throw Error($"Unexpected character '!' at position {i + 1}; did you mean '!='?");
                    }

                    tokens.Add(new ConditionToken(TokenKind.NotEqual, "!=", i));
                    i += 2;
                    continue;
                case '<' or '>':
                    var orEqual = Peek(input, i + 1) == '=';
                    var kind = c == '<'
                        ? orEqual ? TokenKind.LessOrEqual : TokenKind.Less
                        : orEqual ? TokenKind.GreaterOrEqual : TokenKind.Greater;
                    tokens.Add(new ConditionToken(kind, orEqual ? c + "=" : c.ToString(), i));
                    i += orEqual ? 2 : 1;
                    continue;
                case '\'' or '"':
                    tokens.Add(new ConditionToken(TokenKind.Text, ReadString(input, ref i), start));
                    continue;
                case '[':
                    var close = input.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        throw Error($"Unterminated date value starting at position {start + 1}; DateTime values should be enclosed in square brackets.");
                    }

                    tokens.Add(new ConditionToken(TokenKind.DateTime, input[(i + 1)..close].Trim(), start));
                    i = close + 1;
                    continue;
            }

            if (char.IsAsciiDigit(c) || (c == '-' && char.IsAsciiDigit(Peek(input, i + 1))) || (c == '.' && char.IsAsciiDigit(Peek(input, i + 1))))
            {
                tokens.Add(new ConditionToken(TokenKind.Number, ReadNumber(input, ref i), start));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                while (i < input.Length && (char.IsLetterOrDigit(input[i]) || input[i] is '_' or '/' or '.'))
                {
                    i++;
                }

                tokens.Add(new ConditionToken(TokenKind.Identifier, input[start..i], start));
                continue;
            }

            throw Error($"Unexpected character '{c}' at position {i + 1}.");
        }

        tokens.Add(new ConditionToken(TokenKind.End, string.Empty, input.Length));
        return tokens;
    }

    private static char Peek(string input, int index) => index < input.Length ? input[index] : '\0';

    // A quote inside a string is written doubled ('O''Brien') or backslash-escaped ("say \"hi\"").
    private static string ReadString(string input, ref int i)
    {
        var quote = input[i];
        var start = i;
        var text = new StringBuilder();
        i++;
        while (i < input.Length)
        {
            var c = input[i];
            if (c == quote)
            {
                if (Peek(input, i + 1) == quote)
                {
                    text.Append(quote);
                    i += 2;
                    continue;
                }

                i++;
                return text.ToString();
            }

            if (c == '\\' && (Peek(input, i + 1) == quote || Peek(input, i + 1) == '\\'))
            {
                text.Append(input[i + 1]);
                i += 2;
                continue;
            }

            text.Append(c);
            i++;
        }

        throw Error($"Unterminated string value starting at position {start + 1}. String values should be enclosed with double or single quotes.");
    }

    private static string ReadNumber(string input, ref int i)
    {
        var start = i;
        if (input[i] == '-')
        {
            i++;
        }

        var seenDot = false;
        while (i < input.Length && (char.IsAsciiDigit(input[i]) || (input[i] == '.' && !seenDot)))
        {
            seenDot |= input[i] == '.';
            i++;
        }

        if (i < input.Length && (char.IsLetter(input[i]) || input[i] == '_'))
        {
            throw Error($"Unexpected character '{input[i]}' in the number at position {start + 1}. String values should be enclosed with double or single quotes.");
        }

        return input[start..i];
    }

    private static SandboxApiException Error(string message) => CwErrors.Condition(message);
}

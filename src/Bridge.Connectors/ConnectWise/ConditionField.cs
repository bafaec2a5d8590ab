using System.Globalization;
using System.Text;

namespace Bridge.Connectors.ConnectWise;

/// <summary>The comparisons available on one field path; obtained from <see cref="Conditions.Field"/>.</summary>
public sealed class ConditionField
{
    private readonly string _path;

    internal ConditionField(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        foreach (var c in path)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '.'))
            {
                throw new ArgumentException($"'{path}' is not a ConnectWise field path (letters, digits, '_', '/', '.').", nameof(path));
            }
        }

        _path = path;
    }

    /// <summary><c>field = "value"</c>.</summary><param name="value">The string.</param><returns>The condition.</returns>
    public Condition Equal(string value) => Compare("=", Quote(value));

    /// <summary><c>field = 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition Equal(long value) => Compare("=", Number(value));

    /// <summary><c>field = 4.5</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition Equal(decimal value) => Compare("=", Number(value));

    /// <summary><c>field = true</c>.</summary><param name="value">The boolean.</param><returns>The condition.</returns>
    public Condition Equal(bool value) => Compare("=", Bool(value));

    /// <summary><c>field = [2026-01-02T03:04:05Z]</c>.</summary><param name="value">The instant.</param><returns>The condition.</returns>
    public Condition Equal(DateTimeOffset value) => Compare("=", Instant(value));

    /// <summary><c>field != "value"</c>.</summary><param name="value">The string.</param><returns>The condition.</returns>
    public Condition NotEqual(string value) => Compare("!=", Quote(value));

    /// <summary><c>field != 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition NotEqual(long value) => Compare("!=", Number(value));

    /// <summary><c>field != true</c>.</summary><param name="value">The boolean.</param><returns>The condition.</returns>
    public Condition NotEqual(bool value) => Compare("!=", Bool(value));

    /// <summary><c>field &gt; [instant]</c>.</summary><param name="value">The instant.</param><returns>The condition.</returns>
    public Condition GreaterThan(DateTimeOffset value) => Compare(">", Instant(value));

    /// <summary><c>field &gt; 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition GreaterThan(decimal value) => Compare(">", Number(value));

    /// <summary><c>field &gt;= [instant]</c>.</summary><param name="value">The instant.</param><returns>The condition.</returns>
    public Condition GreaterThanOrEqual(DateTimeOffset value) => Compare(">=", Instant(value));

    /// <summary><c>field &gt;= 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition GreaterThanOrEqual(decimal value) => Compare(">=", Number(value));

    /// <summary><c>field &lt; [instant]</c>.</summary><param name="value">The instant.</param><returns>The condition.</returns>
    public Condition LessThan(DateTimeOffset value) => Compare("<", Instant(value));

    /// <summary><c>field &lt; 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition LessThan(decimal value) => Compare("<", Number(value));

    /// <summary><c>field &lt;= [instant]</c>.</summary><param name="value">The instant.</param><returns>The condition.</returns>
    public Condition LessThanOrEqual(DateTimeOffset value) => Compare("<=", Instant(value));

    /// <summary><c>field &lt;= 42</c>.</summary><param name="value">The number.</param><returns>The condition.</returns>
    public Condition LessThanOrEqual(decimal value) => Compare("<=", Number(value));

    /// <summary><c>field in (1,2,3)</c>.</summary><param name="values">At least one number.</param><returns>The condition.</returns>
    public Condition In(params long[] values) => InList(values, Number);

    /// <summary><c>field in ("a","b")</c>.</summary><param name="values">At least one string.</param><returns>The condition.</returns>
    public Condition In(params string[] values) => InList(values, Quote);

    /// <summary><c>field like "*x*"</c>; <c>*</c> is ConnectWise's wildcard.</summary><param name="pattern">The pattern.</param><returns>The condition.</returns>
    public Condition Like(string pattern) => Compare("like", Quote(pattern));

    /// <summary><c>field not like "*x*"</c>.</summary><param name="pattern">The pattern.</param><returns>The condition.</returns>
    public Condition NotLike(string pattern) => Compare("not like", Quote(pattern));

    /// <summary><c>field contains "x"</c>.</summary><param name="value">The substring.</param><returns>The condition.</returns>
    public Condition Contains(string value) => Compare("contains", Quote(value));

    /// <summary><c>field not contains "x"</c>.</summary><param name="value">The substring.</param><returns>The condition.</returns>
    public Condition NotContains(string value) => Compare("not contains", Quote(value));

    /// <summary><c>field = null</c>.</summary><returns>The condition.</returns>
    public Condition IsNull() => Compare("=", "null");

    /// <summary><c>field != null</c>.</summary><returns>The condition.</returns>
    public Condition IsNotNull() => Compare("!=", "null");

    /// <summary>Quotes a string literal: double quotes, with <c>\</c> before <c>"</c> and <c>\</c>.</summary>
    /// <param name="value">The raw string.</param>
    /// <returns>The literal.</returns>
    internal static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Instant(DateTimeOffset value) => "[" + ConnectWiseDateTimeConverter.ToWire(value) + "]";

    private Condition Compare(string op, string literal) => Condition.Comparison($"{_path} {op} {literal}");

    private Condition InList<T>(T[] values, Func<T, string> format)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException($"'in' on {_path} needs at least one value.", nameof(values));
        }

        return Condition.Comparison($"{_path} in ({string.Join(",", values.Select(format))})");
    }
}

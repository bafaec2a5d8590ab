using System.Linq.Expressions;
using System.Reflection;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>
/// A store's predicate (or sort key) over a document as SQL over the document's table, with the values it captured as
/// parameters. What it cannot express (a call into a collection, a computed property) returns null, and the caller
/// filters those documents in memory instead: a query never gives a different answer on PostgreSQL, only a slower one.
/// Comparisons follow LiteDB's: a missing or null field sorts below every value, strings compare without case.
/// </summary>
internal sealed class SqlTranslator(FieldKind idKind, List<object?> parameters)
{
    /// <summary>The predicate as a SQL condition, or null when some part of it cannot be said in SQL.</summary>
    public string? Condition(LambdaExpression predicate)
    {
        var mark = parameters.Count;
        var sql = Visit(predicate.Body, predicate.Parameters[0]);
        if (sql is null)
        {
            parameters.RemoveRange(mark, parameters.Count - mark);
        }

        return sql;
    }

    /// <summary>The sort key as a SQL expression, or null.</summary>
    public FieldSql? Key(LambdaExpression key) => Field(Strip(key.Body), key.Parameters[0]);

    public FieldSql? Field(Expression expression, ParameterExpression document)
    {
        var path = new List<string>();
        var node = Strip(expression);
        var type = node.Type;
        while (node is MemberExpression member)
        {
            if (member.Member.Name == nameof(Nullable<int>.Value) && Nullable.GetUnderlyingType(member.Expression!.Type) is not null)
            {
                node = Strip(member.Expression);
                continue;
            }

            // Only members of stored documents: a list's Count or an instant's Year is not a stored field.
            var owner = member.Expression!.Type;
            if (typeof(System.Collections.IEnumerable).IsAssignableFrom(owner) || FieldSql.KindOf(owner) is not null
                || DocumentShape.FieldName(owner, member.Member) is not { } stored)
            {
                return null;
            }

            path.Insert(0, stored);
            node = Strip(member.Expression!);
        }

        if (node != document || path.Count == 0 || (path.Count > 1 && path.Contains("_id")))
        {
            return null;
        }

        return FieldSql.For(path, type, idKind);
    }

    private string? Visit(Expression node, ParameterExpression document)
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso } and:
                return Join(and, "AND", document);
            case BinaryExpression { NodeType: ExpressionType.OrElse } or:
                return Join(or, "OR", document);
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                return Visit(not.Operand, document) is { } inner ? $"(NOT COALESCE({inner}, false))" : null;
            case BinaryExpression binary when Comparison(binary.NodeType) is not null:
                return Compare(binary, document);
            case MethodCallExpression { Method.Name: nameof(string.StartsWith), Object: { } target } call
                when call.Method.DeclaringType == typeof(string) && call.Arguments.Count == 1:
                return StartsWith(target, call.Arguments[0], document);
            case MemberExpression { Member.Name: nameof(Nullable<int>.HasValue) } has when Nullable.GetUnderlyingType(has.Expression!.Type) is not null:
                return Field(has.Expression, document) is { } field ? $"({field.Sql} IS NOT NULL)" : null;
            case ConstantExpression { Value: bool constant }:
                return constant ? "TRUE" : "FALSE";
            default:
                if (node.Type == typeof(bool) && Field(node, document) is { Kind: FieldKind.Boolean } flag)
                {
                    return $"COALESCE({flag.Sql}, false)";
                }

                return !Mentions(node, document) && node.Type == typeof(bool) ? ((bool)Evaluate(node)! ? "TRUE" : "FALSE") : null;
        }
    }

    private string? Join(BinaryExpression binary, string op, ParameterExpression document)
    {
        var left = Visit(binary.Left, document);
        var right = left is null ? null : Visit(binary.Right, document);
        return left is null || right is null ? null : $"({left} {op} {right})";
    }

    private string? Compare(BinaryExpression binary, ParameterExpression document)
    {
        var op = binary.NodeType;
        Expression fieldSide = binary.Left, valueSide = binary.Right;
        if (!Mentions(binary.Left, document))
        {
            (fieldSide, valueSide) = (binary.Right, binary.Left);
            op = Mirror(op);
        }

        if (Mentions(valueSide, document) || Field(fieldSide, document) is not { } field)
        {
            return null;
        }

        var value = Evaluate(valueSide);
        var memberType = Nullable.GetUnderlyingType(Strip(fieldSide).Type) ?? Strip(fieldSide).Type;
        if (value is not null && memberType.IsEnum && value.GetType() != memberType)
        {
            // An enum compared in an expression tree is widened to its number on both sides.
            value = Enum.ToObject(memberType, value);
        }

        var sql = field.Sql;
        if (value is null)
        {
            return op switch
            {
                ExpressionType.Equal or ExpressionType.LessThanOrEqual => $"({sql} IS NULL)",
                ExpressionType.NotEqual or ExpressionType.GreaterThan => $"({sql} IS NOT NULL)",
                ExpressionType.LessThan => "FALSE",
                _ => "TRUE",
            };
        }

        var parameter = Add(field.Parameter(value));
        var cast = field.Kind == FieldKind.Text ? $"lower({parameter})" : parameter;
        return op switch
        {
            ExpressionType.Equal => $"({sql} = {cast})",
            ExpressionType.NotEqual => $"({sql} IS NULL OR {sql} <> {cast})",
            ExpressionType.LessThan => $"({sql} IS NULL OR {sql} < {cast})",
            ExpressionType.LessThanOrEqual => $"({sql} IS NULL OR {sql} <= {cast})",
            ExpressionType.GreaterThan => $"({sql} > {cast})",
            _ => $"({sql} >= {cast})",
        };
    }

    private string? StartsWith(Expression target, Expression prefix, ParameterExpression document)
    {
        if (Mentions(prefix, document) || Field(target, document) is not { Kind: FieldKind.Text or FieldKind.Name } field)
        {
            return null;
        }

        if (Evaluate(prefix) is not string text)
        {
            return "FALSE";
        }

        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
        var parameter = Add(escaped.ToLowerInvariant() + "%");
        return $"(lower({field.Sql}) LIKE {parameter})";
    }

    private string Add(object? value)
    {
        parameters.Add(value);
        return "$" + parameters.Count;
    }

    private static ExpressionType? Comparison(ExpressionType type) => type switch
    {
        ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
            or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual => type,
        _ => null,
    };

    private static ExpressionType Mirror(ExpressionType type) => type switch
    {
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        _ => type,
    };

    private static Expression Strip(Expression node)
    {
        while (node is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert)
        {
            node = convert.Operand;
        }

        return node;
    }

    private static bool Mentions(Expression node, ParameterExpression document)
    {
        var finder = new ParameterFinder(document);
        finder.Visit(node);
        return finder.Found;
    }

    private static object? Evaluate(Expression node) => node switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Expression: ConstantExpression holder, Member: FieldInfo field } => field.GetValue(holder.Value),
        MemberExpression { Expression: ConstantExpression holder, Member: PropertyInfo property } => property.GetValue(holder.Value),
        _ => Expression.Lambda(node).Compile(preferInterpretation: true).DynamicInvoke(),
    };

    private sealed class ParameterFinder(ParameterExpression document) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == document;
            return node;
        }
    }
}

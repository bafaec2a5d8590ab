using System.Linq.Expressions;
using System.Text;
using LiteDB;

namespace Bridge.Worker.Storage.LiteDb;

/// <summary>A LiteDB collection seen as <see cref="IDocuments{T}"/>: every call goes straight to LiteDB.</summary>
internal sealed class LiteDocuments<T>(ILiteCollection<T> collection) : IDocuments<T>
{
    public T? FindById(BsonValue id) => collection.FindById(id);

    public IEnumerable<T> Find(Expression<Func<T, bool>> predicate) => collection.Find(predicate);

    public IEnumerable<T> Find(DocumentFilter filter) => collection.Find(Expression(filter));

    public T? FindOne(Expression<Func<T, bool>> predicate) => collection.FindOne(predicate);

    public IEnumerable<T> FindAll() => collection.FindAll();

    public IDocumentQuery<T> Query() => new LiteQuery<T>(collection.Query());

    public BsonValue Insert(T document) => collection.Insert(document);

    public int Insert(IEnumerable<T> documents) => collection.Insert(documents);

    public bool Update(T document) => collection.Update(document);

    public int Update(IEnumerable<T> documents) => collection.Update(documents);

    public bool Upsert(T document) => collection.Upsert(document);

    public int Upsert(IEnumerable<T> documents) => collection.Upsert(documents);

    public bool Delete(BsonValue id) => collection.Delete(id);

    public int DeleteMany(Expression<Func<T, bool>> predicate) => collection.DeleteMany(predicate);

    public int Count() => collection.Count();

    public int Count(Expression<Func<T, bool>> predicate) => collection.Count(predicate);

    public int Count(DocumentFilter filter) => collection.Count(Expression(filter));

    public bool Exists(Expression<Func<T, bool>> predicate) => collection.Exists(predicate);

    public bool Exists(DocumentFilter filter) => collection.Exists(Expression(filter));

    public bool EnsureIndex<TKey>(Expression<Func<T, TKey>> field, bool unique = false) => collection.EnsureIndex(field, unique);

    /// <summary>The filter as one parameterised expression (LiteDB caches it by its text, so a hot path parses it once).</summary>
    private static BsonExpression Expression(DocumentFilter filter)
    {
        var text = new StringBuilder();
        var values = new List<BsonValue>();
        Write(filter, text, values);
        return BsonExpression.Create(text.ToString(), [.. values]);
    }

    private static void Write(DocumentFilter filter, StringBuilder text, List<BsonValue> values)
    {
        switch (filter)
        {
            case DocumentFilter.FieldFilter field:
                text.Append("$.").Append(field.Field).Append(field.Operator == DocumentFilter.FilterOperator.Equal ? " = @" : " >= @").Append(values.Count);
                values.Add(field.Value);
                break;
            case DocumentFilter.AndFilter and:
                text.Append('(');
                Write(and.Left, text, values);
                text.Append(") AND (");
                Write(and.Right, text, values);
                text.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, "Unknown document filter.");
        }
    }
}

internal sealed class LiteQuery<T>(ILiteQueryable<T> query) : IDocumentQuery<T>
{
    public IDocumentQuery<T> Where(Expression<Func<T, bool>> predicate) => new LiteQuery<T>(query.Where(predicate));

    public IDocumentQuery<T> OrderBy<TKey>(Expression<Func<T, TKey>> key) => new LiteQuery<T>(query.OrderBy(key));

    public IDocumentQuery<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key) => new LiteQuery<T>(query.OrderByDescending(key));

    public IDocumentQuery<T> Limit(int count) => new LiteQuery<T>((ILiteQueryable<T>)query.Limit(count));

    public IDocumentQuery<T> Skip(int count) => new LiteQuery<T>((ILiteQueryable<T>)query.Skip(count));

    IDocumentResult<T> IDocumentResult<T>.Limit(int count) => Limit(count);

    IDocumentResult<T> IDocumentResult<T>.Skip(int count) => Skip(count);

    public IDocumentResult<TResult> Select<TResult>(Expression<Func<T, TResult>> projection) => new LiteResult<TResult>(query.Select(projection));

    public int Count() => query.Count();

    public bool Exists() => query.Exists();

    public List<T> ToList() => query.ToList();

    public IEnumerable<T> ToEnumerable() => query.ToEnumerable();

    public T First() => query.First();

    public T? FirstOrDefault() => query.FirstOrDefault();
}

internal sealed class LiteResult<T>(ILiteQueryableResult<T> result) : IDocumentResult<T>
{
    public IDocumentResult<T> Limit(int count) => new LiteResult<T>(result.Limit(count));

    public IDocumentResult<T> Skip(int count) => new LiteResult<T>(result.Skip(count));

    public List<T> ToList() => result.ToList();

    public IEnumerable<T> ToEnumerable() => result.ToEnumerable();

    public T First() => result.First();

    public T? FirstOrDefault() => result.FirstOrDefault();
}

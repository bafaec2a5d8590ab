using System.Linq.Expressions;
using LiteDB;

namespace Bridge.Worker.Storage;

/// <summary>
/// One collection of documents, whichever engine keeps it: the stores' whole view of storage. The shape follows the
/// LiteDB collection the stores were written against (documents mapped by <see cref="BridgeBsonMapper"/>, ids as
/// <see cref="BsonValue"/>, queries as expressions over the document), so the LiteDB file and the PostgreSQL tables
/// hold the same documents and a store reads the same either way.
/// </summary>
/// <remarks>
/// Inside a <see cref="BridgeDatabase.Write(System.Action)"/> every call joins that write's transaction; outside one, a
/// change is a transaction of its own. Queries return what has been committed (or written earlier in the same write).
/// String comparisons ignore case, as LiteDB's default collation does.
/// </remarks>
internal interface IDocuments<T>
{
    T? FindById(BsonValue id);

    /// <summary>The documents matching <paramref name="predicate"/>, in id order.</summary>
    IEnumerable<T> Find(Expression<Func<T, bool>> predicate);

    /// <summary>The documents matching a field filter (<see cref="DocumentFilter"/>): parsed once, cheap on a hot path.</summary>
    IEnumerable<T> Find(DocumentFilter filter);

    T? FindOne(Expression<Func<T, bool>> predicate);

    IEnumerable<T> FindAll();

    IDocumentQuery<T> Query();

    /// <summary>Inserts the document; an int or long id left at zero is given the next one (and set on the document).</summary>
    BsonValue Insert(T document);

    int Insert(IEnumerable<T> documents);

    int InsertBulk(IEnumerable<T> documents) => Insert(documents);

    bool Update(T document);

    int Update(IEnumerable<T> documents);

    /// <summary>Inserts or replaces the document by id; true when it was inserted.</summary>
    bool Upsert(T document);

    int Upsert(IEnumerable<T> documents);

    bool Delete(BsonValue id);

    int DeleteMany(Expression<Func<T, bool>> predicate);

    int Count();

    int Count(Expression<Func<T, bool>> predicate);

    int Count(DocumentFilter filter);

    bool Exists(Expression<Func<T, bool>> predicate);

    bool Exists(DocumentFilter filter);

    /// <summary>An index on one field of the document (a member path); a unique one refuses a second document with the same value.</summary>
    bool EnsureIndex<TKey>(Expression<Func<T, TKey>> field, bool unique = false);
}

/// <summary>A query being built: filters, an order and a window, run by <see cref="ToList"/> and the others.</summary>
internal interface IDocumentQuery<T> : IDocumentResult<T>
{
    IDocumentQuery<T> Where(Expression<Func<T, bool>> predicate);

    IDocumentQuery<T> OrderBy<TKey>(Expression<Func<T, TKey>> key);

    IDocumentQuery<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key);

    new IDocumentQuery<T> Limit(int count);

    new IDocumentQuery<T> Skip(int count);

    IDocumentResult<TResult> Select<TResult>(Expression<Func<T, TResult>> projection);

    int Count();

    bool Exists();
}

/// <summary>What a query gives back, projected or not.</summary>
internal interface IDocumentResult<T>
{
    IDocumentResult<T> Limit(int count);

    IDocumentResult<T> Skip(int count);

    List<T> ToList();

    IEnumerable<T> ToEnumerable();

    T First();

    T? FirstOrDefault();
}

/// <summary>
/// A filter on stored field names with values bound as parameters: what a hot path uses instead of a lambda over a
/// captured value, which LiteDB would parse and compile again on every call.
/// </summary>
internal abstract record DocumentFilter
{
    /// <summary>The stored field is <paramref name="value"/> (<c>_id</c> for the id).</summary>
    public static DocumentFilter Equal(string field, BsonValue value) => new FieldFilter(field, FilterOperator.Equal, value);

    public static DocumentFilter AtLeast(string field, BsonValue value) => new FieldFilter(field, FilterOperator.AtLeast, value);

    public static DocumentFilter And(DocumentFilter left, DocumentFilter right) => new AndFilter(left, right);

    internal sealed record FieldFilter(string Field, FilterOperator Operator, BsonValue Value) : DocumentFilter;

    internal sealed record AndFilter(DocumentFilter Left, DocumentFilter Right) : DocumentFilter;

    internal enum FilterOperator
    {
        Equal,
        AtLeast,
    }
}

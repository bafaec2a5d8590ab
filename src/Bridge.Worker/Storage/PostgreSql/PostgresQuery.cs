using System.Linq.Expressions;

namespace Bridge.Worker.Storage.PostgreSql;

/// <summary>A query on a PostgreSQL collection, built up and run as one statement.</summary>
internal sealed class PostgresQuery<T>(PostgresDocuments<T> documents, PostgresDocuments<T>.Plan plan) : IDocumentQuery<T>
{
    public IDocumentQuery<T> Where(Expression<Func<T, bool>> predicate) => Next(p => p.Wheres.Add(predicate));

    public IDocumentQuery<T> OrderBy<TKey>(Expression<Func<T, TKey>> key) => Next(p => p.Orders.Add((key, false)));

    public IDocumentQuery<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> key) => Next(p => p.Orders.Add((key, true)));

    public IDocumentQuery<T> Limit(int count) => Next(p => p.Take = count);

    public IDocumentQuery<T> Skip(int count) => Next(p => p.Skip = count);

    IDocumentResult<T> IDocumentResult<T>.Limit(int count) => Limit(count);

    IDocumentResult<T> IDocumentResult<T>.Skip(int count) => Skip(count);

    public IDocumentResult<TResult> Select<TResult>(Expression<Func<T, TResult>> projection) =>
        new Projected<TResult>(this, projection.Compile());

    public int Count() => documents.Count(plan);

    public bool Exists() => documents.Exists(plan);

    public List<T> ToList() => documents.Run(plan);

    public IEnumerable<T> ToEnumerable() => ToList();

    public T First() => Limit(1).ToList() is [var first] ? first : throw new InvalidOperationException("The query found no document.");

    public T? FirstOrDefault() => Limit(1).ToList().FirstOrDefault();

    private PostgresQuery<T> Next(Action<PostgresDocuments<T>.Plan> change) => new(documents, plan.With(change));

    /// <summary>A projection: the window still goes to SQL, the projection runs on what comes back.</summary>
    private sealed class Projected<TResult>(PostgresQuery<T> query, Func<T, TResult> projection) : IDocumentResult<TResult>
    {
        public IDocumentResult<TResult> Limit(int count) => new Projected<TResult>((PostgresQuery<T>)query.Limit(count), projection);

        public IDocumentResult<TResult> Skip(int count) => new Projected<TResult>((PostgresQuery<T>)query.Skip(count), projection);

        public List<TResult> ToList() => query.ToList().Select(projection).ToList();

        public IEnumerable<TResult> ToEnumerable() => ToList();

        public TResult First() => ((PostgresQuery<T>)query.Limit(1)).ToList() is [var first] ? projection(first) : throw new InvalidOperationException("The query found no document.");

        public TResult? FirstOrDefault() => ((PostgresQuery<T>)query.Limit(1)).ToList() is [var first] ? projection(first) : default;
    }
}

using Bridge.Worker.Storage;
using Bridge.Worker.Tests.Support;
using LiteDB;

namespace Bridge.Worker.Tests.Storage;

/// <summary>
/// What a store may rely on from a collection, the same on both engines: ids, queries (nulls below every value,
/// strings without case, enums by name, instants, ticks), windows, projections, transactions that join and roll back.
/// </summary>
public abstract class DocumentsTests(StorageProvider provider) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
    private readonly StateFile _state = new(Now, provider);

    private BridgeDatabase Database => _state.Database;

    private IDocuments<Sample> Samples => Database.Collection<Sample>("samples");

    [Fact]
    public void Insert_ZeroIds_NumberedInOrderAndSetOnTheDocument()
    {
        var first = new Sample { Name = "a" };
        var second = new Sample { Name = "b" };
        Database.Write(() => Samples.Insert([first, second]));
        var third = new Sample { Name = "c" };
        var id = Database.Write(() => Samples.Insert(third));

        Assert.Equal([1, 2, 3], new[] { first.Id, second.Id, third.Id });
        Assert.Equal(3, id.AsInt32);
        Assert.Equal("b", Samples.FindById(2)!.Name);
    }

    [Fact]
    public void Insert_ZeroIdsBesideGivenOnes_NumberedAfterTheHighestInTheBatch()
    {
        var given = new Sample { Id = 1, Name = "given" };
        var zero = new Sample { Name = "zero" };
        Database.Write(() => Samples.Insert([given, zero]));
        var high = new Sample { Id = 7, Name = "high" };
        var after = new Sample { Name = "after" };
        Database.Write(() => Samples.Upsert([high, after]));

        Assert.Equal([1, 2, 7, 8], new[] { given.Id, zero.Id, high.Id, after.Id });
        Assert.Equal(["given", "zero", "high", "after"], Samples.FindAll().Select(s => s.Name));
    }

    [Fact]
    public void RoundTrip_EveryKindOfField_ComesBackTheSame()
    {
        var sample = Full();
        Database.Write(() => Samples.Insert(sample));

        var read = Samples.FindById(sample.Id)!;

        Assert.Equal(sample.Name, read.Name);
        // Instants are kept to the millisecond, in UTC (LiteDB's precision; PostgreSQL keeps the same).
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 30, 15, 123, TimeSpan.Zero), read.At);
        Assert.Equal(TimeSpan.Zero, read.At.Offset);
        Assert.Equal(sample.Due, read.Due);
        Assert.Equal(sample.Big, read.Big);
        Assert.Equal(sample.Wait, read.Wait);
        Assert.Equal(sample.Ratio, read.Ratio);
        Assert.Equal(sample.Kind, read.Kind);
        Assert.Equal(sample.Open, read.Open);
        Assert.Equal(sample.Tags, read.Tags);
        Assert.Equal(sample.Inner!.Code, read.Inner!.Code);
    }

    [Fact]
    public void Queries_Comparisons_MatchLiteDbRules()
    {
        Seed();

        Assert.Equal(["b", "c"], Samples.Query().Where(s => s.Due != null && s.Due <= Now.AddMinutes(20)).OrderBy(s => s.Due).ToList().Select(s => s.Name));
        // A missing value sorts below every value: "no due time" is before now.
        Assert.Equal(["a", "b"], Samples.Query().Where(s => s.Due < Now.AddMinutes(15)).OrderBy(s => s.Id).ToList().Select(s => s.Name));
        Assert.Equal(["c", "d"], Samples.Find(s => s.Big > 5_000_000_000L).Select(s => s.Name));
        Assert.Equal(["d"], Samples.Find(s => s.Wait >= TimeSpan.FromMinutes(30)).Select(s => s.Name));
        Assert.Equal(["b", "d"], Samples.Find(s => s.Kind == SampleKind.Second).Select(s => s.Name));
        Assert.Equal(["a", "c"], Samples.Find(s => s.Kind != SampleKind.Second).Select(s => s.Name));
        Assert.Equal(["a", "c"], Samples.Find(s => s.Open).Select(s => s.Name));
        Assert.Equal(["b", "d"], Samples.Find(s => !s.Open).Select(s => s.Name));
        Assert.Equal(["c"], Samples.Find(s => s.Ratio > 0.5 && s.Ratio < 0.8).Select(s => s.Name));
        Assert.Equal(["a", "d"], Samples.Find(s => s.Name == "a" || s.Inner!.Code == 40).Select(s => s.Name));
        Assert.Equal(2, Samples.Count(s => s.At >= Now.AddHours(2)));
    }

    [Fact]
    public void Strings_CompareWithoutCase_AndPrefixesMatch()
    {
        Seed();
        Database.Write(() => Samples.Insert(new Sample { Name = "50%_off" }));
        var prefix = "50%";

        Assert.Equal(["b"], Samples.Find(s => s.Name == "B").Select(s => s.Name));
        Assert.Equal(["50%_off"], Samples.Query().Where(s => s.Name.StartsWith(prefix)).ToList().Select(s => s.Name));
        Assert.True(Samples.Exists(DocumentFilter.Equal(nameof(Sample.Name), "C")));
    }

    [Fact]
    public void Queries_WindowsAndProjections()
    {
        Seed();

        Assert.Equal(["d", "c"], Samples.Query().OrderByDescending(s => s.Id).Limit(2).ToList().Select(s => s.Name));
        Assert.Equal(["b", "c"], Samples.Query().OrderBy(s => s.Id).Skip(1).Limit(2).ToList().Select(s => s.Name));
        Assert.Equal([4], Samples.Query().OrderByDescending(s => s.Id).Select(s => s.Id).Limit(1).ToList());
        Assert.Equal("a", Samples.Query().OrderBy(s => s.Name).FirstOrDefault()!.Name);
        Assert.Equal(2, Samples.Query().Where(s => s.Open).Count());
        Assert.Equal(["c", "d"], Samples.Find(DocumentFilter.AtLeast("_id", 3)).Select(s => s.Name));
        Assert.Equal(1, Samples.Count(DocumentFilter.And(DocumentFilter.Equal(nameof(Sample.Kind), "Second"), DocumentFilter.AtLeast(nameof(Sample.At), new BsonValue(Now.AddHours(2).UtcDateTime)))));
    }

    [Fact]
    public void Queries_WhatSqlCannotSay_AreStillAnswered()
    {
        Seed();
        var wanted = new HashSet<string> { "a", "d" };

        Assert.Equal(["d", "a"], Samples.Query().Where(s => wanted.Contains(s.Name)).OrderByDescending(s => s.Id).ToList().Select(s => s.Name));
        Assert.Equal(["b"], Samples.Query().Where(s => s.Tags.Count == 2).Limit(1).ToList().Select(s => s.Name));
        Assert.Equal(1, Samples.DeleteMany(s => wanted.Contains(s.Name) && s.Open));
        Assert.Equal(3, Samples.Count());
    }

    [Fact]
    public void UpsertUpdateDelete()
    {
        var sample = new Sample { Name = "a" };
        Assert.True(Samples.Upsert(sample));
        sample.Name = "b";
        Assert.False(Samples.Upsert(sample));
        sample.Name = "c";
        Assert.True(Samples.Update(sample));
        Assert.False(Samples.Update(new Sample { Id = 99, Name = "x" }));
        Assert.Equal("c", Samples.FindById(sample.Id)!.Name);
        Assert.True(Samples.Delete(sample.Id));
        Assert.False(Samples.Delete(sample.Id));
        Assert.Equal(0, Samples.Count());
    }

    [Fact]
    public void StringIds_UpsertAndFind()
    {
        var cursors = Database.Collection<Cursor>("cursors");
        cursors.Upsert(new Cursor { Id = "routing", Position = 5 });
        cursors.Upsert(new Cursor { Id = "routing", Position = 7 });
        cursors.Upsert(new Cursor { Id = "delivery", Position = 1 });

        Assert.Equal(7, cursors.FindById("routing")!.Position);
        Assert.Equal(2, cursors.Count());
    }

    [Fact]
    public void StringIds_IgnoreCase()
    {
        var cursors = Database.Collection<Cursor>("cursors");
        cursors.Upsert(new Cursor { Id = "Routing", Position = 5 });

        Assert.Equal(5, cursors.FindById("routing")!.Position);
        Assert.False(cursors.Upsert(new Cursor { Id = "ROUTING", Position = 6 }));
        Assert.Equal(1, cursors.Count());
        Assert.Equal(6, cursors.FindById("Routing")!.Position);
    }

    [Fact]
    public void Write_ThatThrows_LeavesNothing_AndAWriteInsideAWriteJoinsIt()
    {
        Samples.EnsureIndex(s => s.Name, unique: true);
        Assert.Throws<InvalidOperationException>(() => Database.Write(() =>
        {
            Samples.Insert(new Sample { Name = "kept?" });
            Database.Write(() => Samples.Insert(new Sample { Name = "inner" }));
            Assert.Equal(2, Samples.Count());
            throw new InvalidOperationException("stop");
        }));

        Assert.Equal(0, Samples.Count());
    }

    [Fact]
    public void UniqueIndex_RefusesASecondDocument_WithoutCase()
    {
        Samples.EnsureIndex(s => s.Name, unique: true);
        Samples.Insert(new Sample { Name = "key" });

        Assert.ThrowsAny<Exception>(() => Samples.Insert(new Sample { Name = "KEY" }));
        Assert.Equal(1, Samples.Count());
    }

    [Fact]
    public void Collections_AreListedOnceMade()
    {
        Samples.Insert(new Sample { Name = "a" });

        Assert.True(Database.HasCollection("samples"));
        Assert.False(Database.HasCollection("nothing"));
        Assert.Contains("samples", Database.Engine.CollectionNames());
    }

    private void Seed() => Database.Write(() => Samples.Insert(
    [
        new Sample { Name = "a", At = Now, Due = null, Big = 1, Wait = TimeSpan.FromMinutes(1), Ratio = 0.1, Kind = SampleKind.First, Open = true, Inner = new() { Code = 10 } },
        new Sample { Name = "b", At = Now.AddHours(1), Due = Now.AddMinutes(10), Big = 2, Wait = TimeSpan.FromMinutes(5), Ratio = 0.4, Kind = SampleKind.Second, Tags = ["x", "y"], Inner = new() { Code = 20 } },
        new Sample { Name = "c", At = Now.AddHours(2), Due = Now.AddMinutes(20), Big = 6_000_000_000L, Wait = TimeSpan.FromMinutes(10), Ratio = 0.7, Kind = SampleKind.Third, Open = true, Inner = new() { Code = 30 } },
        new Sample { Name = "d", At = Now.AddHours(3), Due = Now.AddMinutes(30), Big = 7_000_000_000L, Wait = TimeSpan.FromHours(1), Ratio = 0.9, Kind = SampleKind.Second, Inner = new() { Code = 40 } },
    ]));

    private static Sample Full() => new()
    {
        Name = "Ünïcode 'quoted' \"and\" \\ back",
        At = new DateTimeOffset(2026, 3, 29, 1, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567),
        Due = Now,
        Big = long.MaxValue,
        Wait = TimeSpan.FromTicks(1234567891),
        Ratio = 1.0 / 3,
        Kind = SampleKind.Third,
        Open = true,
        Tags = ["p", "q"],
        Inner = new() { Code = -7 },
    };

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }

    public sealed class Sample
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";

        public DateTimeOffset At { get; set; }

        public DateTimeOffset? Due { get; set; }

        public long Big { get; set; }

        public TimeSpan Wait { get; set; }

        public double Ratio { get; set; }

        public SampleKind Kind { get; set; }

        public bool Open { get; set; }

        public List<string> Tags { get; set; } = [];

        public InnerPart? Inner { get; set; }
    }

    public sealed class InnerPart
    {
        public int Code { get; set; }
    }

    public sealed class Cursor
    {
        public string Id { get; set; } = "";

        public long Position { get; set; }
    }

    public enum SampleKind
    {
        First,
        Second,
        Third,
    }
}

public sealed class DocumentsOnLiteDbTests() : DocumentsTests(StorageProvider.LiteDb);

public sealed class DocumentsOnPostgreSqlTests() : DocumentsTests(StorageProvider.PostgreSql);

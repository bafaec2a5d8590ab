using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Bridge.Worker.Storage;
using LiteDB;

namespace Bridge.Worker.OnCall;

/// <summary>The secrets of the calendar feed URLs (<c>/oncall/feeds/{secret}.ics</c>), created on first use and rotated by an admin.</summary>
internal sealed class FeedSecrets(BridgeDatabase database, TimeProvider time) : IStorageSetup
{
    private const string CollectionName = "oncall_feed_secrets";

    public void Prepare()
    {
        _ = Secrets().Count();
    }

    /// <summary>The feed's secret, made now (by <paramref name="actor"/>) when it has none yet; <c>Created</c> says which.</summary>
    public (FeedSecretRecord Record, bool Created) Ensure(FeedKind kind, string name, string actor) => database.Write(() =>
    {
        var id = FeedSecretRecord.IdFor(kind, name);
        if (Secrets().FindById(id) is { } existing)
        {
            return (existing, false);
        }

        var record = new FeedSecretRecord
        {
            Id = id,
            Kind = kind,
            Name = name,
            Secret = NewSecret(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = actor,
        };
        Secrets().Insert(record);
        return (record, true);
    });

    /// <summary>Gives the feed a new secret (making it when it had none): the URL handed out before stops answering.</summary>
    public FeedSecretRecord Rotate(FeedKind kind, string name, string actor) => database.Write(() =>
    {
        var (record, created) = Ensure(kind, name, actor);
        if (created)
        {
            return record;
        }

        record.Secret = NewSecret();
        record.RotatedAt = time.GetUtcNow();
        record.RotatedBy = actor;
        Secrets().Update(record);
        return record;
    });

    /// <summary>
    /// The feed whose secret is <paramref name="secret"/>, or null. Every stored secret is compared in constant time, so
    /// how long the answer takes says nothing about how much of a guess was right.
    /// </summary>
    public FeedSecretRecord? Find(string secret)
    {
        var given = Encoding.UTF8.GetBytes(secret);
        FeedSecretRecord? found = null;
        foreach (var record in Secrets().FindAll())
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(record.Secret)))
            {
                found = record;
            }
        }

        return found;
    }

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private IDocuments<FeedSecretRecord> Secrets() => database.Collection<FeedSecretRecord>(CollectionName);
}

using LiteDB;

namespace Bridge.Worker.Storage;

internal static class BridgeBsonMapper
{
    /// <summary>
    /// LiteDB keeps DateTime only; instants are stored as UTC DateTime and read back with a zero
    /// offset, so an instant never shifts with the server's time zone.
    /// </summary>
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { EmptyStringToNull = false, TrimWhitespace = false };
        mapper.RegisterType(
            serialize: value => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        // Durations (ladder delays) as ticks: exact, and sortable in queries.
        mapper.RegisterType(
            serialize: value => new BsonValue(value.Ticks),
            deserialize: bson => TimeSpan.FromTicks(bson.AsInt64));
        return mapper;
    }
}

using Bridge.Worker.Storage.LiteDb;
using LiteDB;
using Npgsql;

namespace Bridge.Worker.Tests.Support;

/// <summary>The indexes an engine holds on a collection, as its own text (LiteDB's expression, PostgreSQL's definition).</summary>
internal static class StoredIndexes
{
    public static IReadOnlyList<string> On(StateFile state, string collection)
    {
        if (state.Database.Engine is LiteDbEngine lite)
        {
            return lite.LiteCollection<BsonDocument>("$indexes").Find(Query.EQ("collection", collection)).Select(i => i["expression"].AsString).ToList();
        }

        using var connection = new NpgsqlConnection(state.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE tablename = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = "bridge_main_" + collection });
        using var reader = command.ExecuteReader();
        var found = new List<string>();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }

        return found;
    }
}

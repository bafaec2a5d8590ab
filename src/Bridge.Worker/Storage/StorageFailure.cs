namespace Bridge.Worker.Storage;

/// <summary>The exceptions that mean "the store could not do it" on either engine (a file, a database, a lost lease).</summary>
internal static class StorageFailure
{
    public static bool Is(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or LiteDB.LiteException or Npgsql.NpgsqlException
            or StorageUnavailableException or Leases.LeaseLostException or TimeoutException;
}

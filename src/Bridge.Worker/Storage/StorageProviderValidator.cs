using Microsoft.Extensions.Options;
using Npgsql;

namespace Bridge.Worker.Storage;

/// <summary>
/// The provider and what it needs: PostgreSQL needs a connection string that parses and names a server. The
/// message names the key and never repeats the value (it holds the password).
/// </summary>
internal sealed class StorageProviderValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not one of LiteDb, PostgreSql.");
        }

        if (options.Provider != StorageProvider.PostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:ConnectionString is required when Storage:Provider is PostgreSql (Host=…;Database=…;Username=…;Password=…; keep it as a secret).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.Host)
                ? ValidateOptionsResult.Fail("Storage:ConnectionString names no Host: give the PostgreSQL server.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Storage:ConnectionString is not a PostgreSQL connection string (key=value pairs separated by ';': Host, Port, Database, Username, Password).");
        }
    }
}

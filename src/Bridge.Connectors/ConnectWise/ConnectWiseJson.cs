using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// The JSON settings of the ConnectWise wire: camelCase names, unknown fields ignored, nulls never
/// written (a field you did not set is not sent), instants as <c>yyyy-MM-ddTHH:mm:ssZ</c>.
/// </summary>
public static class ConnectWiseJson
{
    /// <summary>Read-only options shared by the Refit client, the pager and callback entity parsing.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            PropertyNameCaseInsensitive = true,
        };
        options.Converters.Add(new ConnectWiseDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

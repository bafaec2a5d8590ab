using System.Text.Json;
using System.Text.Json.Serialization;
using Bridge.Connectors.ConnectWise.Json;

namespace Bridge.Connectors.ConnectWise;

/// <summary>
/// The JSON settings of the ConnectWise wire: camelCase names, unknown fields ignored, nulls never
/// written (a field you did not set is not sent), instants as <c>yyyy-MM-ddTHH:mm:ssZ</c>.
/// </summary>
/// <remarks>
/// Reading is tolerant of one odd value: an optional number, flag or instant (<c>int?</c>, <c>decimal?</c>,
/// <c>bool?</c>, <c>DateTimeOffset?</c>) that is empty, of the wrong kind or does not parse reads as null, so the
/// record still maps and a list of a thousand tickets is not lost to one of them. Numeric strings are read as
/// numbers. Writing stays strict.
/// </remarks>
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
        options.Converters.Add(new LenientDateTimeConverter());
        options.Converters.Add(new LenientInt32Converter());
        options.Converters.Add(new LenientDecimalConverter());
        options.Converters.Add(new LenientBooleanConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

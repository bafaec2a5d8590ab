using System.Text.Json;

namespace Bridge.Connectors.ConnectWise.Json;

/// <summary>Steps a converter's reader over a value it does not use.</summary>
internal static class JsonValueSkipper
{
    /// <summary>
    /// The serializer buffers a whole value before it calls a converter, so skipping always has the data it needs;
    /// <see cref="Utf8JsonReader.Skip"/> would refuse a reader that is not on the final block.
    /// </summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException($"Could not skip a {reader.TokenType} value.");
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bridge.Sandbox.Data;

/// <summary>Serialisation settings: like ConnectWise's own output, quotes and non-ASCII are not \u-escaped.</summary>
internal static class CwJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

namespace Bridge.Worker.Configuration;

/// <summary>A configuration file that could not be read, said in one line an admin can act on.</summary>
internal static class ConfigFileError
{
    /// <summary>"Failed to load configuration from file 'X'. Could not parse the JSON file: line 3, column 41: …"</summary>
    public static string Describe(InvalidDataException ex)
    {
        var parts = new List<string> { ex.Message.TrimEnd('.') };
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.Json.JsonException { LineNumber: { } line } json)
            {
                var column = (json.BytePositionInLine ?? 0) + 1;
                parts.Add($"line {line + 1}, column {column}: {json.Message.Split(" LineNumber:", 2)[0].TrimEnd('.')}");
            }
            else
            {
                parts.Add(inner.Message.TrimEnd('.'));
            }
        }

        return string.Join(". ", parts.Distinct()) + ".";
    }
}

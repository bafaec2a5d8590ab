using System.Text.Json;

namespace Bridge.Worker.Configuration;

/// <summary>
/// Checks the admin's files in a configuration directory against the <c>bridge.schema.json</c> beside
/// them. No schema file, no check: a directory someone assembled by hand is judged by the options alone.
/// </summary>
internal static class ConfigSchemaFiles
{
    /// <summary>The files the host reads, in the order it reads them.</summary>
    public static readonly IReadOnlyList<string> Checked = ["appsettings.json", "bridge.json"];

    /// <summary>One line per violation: <c>bridge.json $.Routng: is not a known key …</c>.</summary>
    public static IReadOnlyList<string> Problems(string configDirectory)
    {
        var schemaPath = Path.Combine(configDirectory, ConfigSchemaValidator.SchemaFileName);
        if (!File.Exists(schemaPath))
        {
            return [];
        }

        using var schema = JsonDocument.Parse(File.ReadAllText(schemaPath), ConfigSchemaValidator.DocumentOptions);
        var problems = new List<string>();
        foreach (var name in Checked)
        {
            var path = Path.Combine(configDirectory, name);
            if (!File.Exists(path))
            {
                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(path), ConfigSchemaValidator.DocumentOptions);
            }
            catch (JsonException)
            {
                // Already reported with its line and column when the host failed to load the file.
                continue;
            }

            using (document)
            {
                problems.AddRange(ConfigSchemaValidator.Validate(schema.RootElement, document.RootElement)
                    .Select(v => $"{name} {v.Path}: {v.Message}"));
            }
        }

        return problems;
    }
}

using System.Collections;
using System.Reflection;
using System.Text.Json;
using Bridge.Worker.Cli;
using Bridge.Worker.Configuration;
using Bridge.Worker.Hosting;
using Bridge.Worker.Kernel;
using Bridge.Worker.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bridge.Worker.Tests.Configuration;

/// <summary>
/// bridge.schema.json must say exactly what the options classes bind, and the shipped files must follow it.
/// Paths are written like JSON paths: <c>[]</c> for the items of a list, <c>.*</c> for the values of a dictionary.
/// </summary>
public sealed class ConfigSchemaTests : IDisposable
{
    private static readonly string ShippedConfig = Path.Combine(AppContext.BaseDirectory, "config");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static JsonDocument LoadSchema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedConfig, ConfigSchemaValidator.SchemaFileName)), ConfigSchemaValidator.DocumentOptions);

    [Fact]
    public async Task Schema_EveryBoundSection_AgreesWithTheOptionsClasses()
    {
        foreach (var file in Directory.GetFiles(ShippedConfig))
        {
            File.Copy(file, _dir.File(Path.GetFileName(file)));
        }

        var app = BridgeApplication.Build(BridgeCommand.Parse(["--config", _dir.Path], _dir.Path));
        var registrations = app.Services.GetServices<BridgeOptionsRegistration>().ToList();
        await app.DisposeAsync();
        using var schema = LoadSchema();
        var root = schema.RootElement;

        var mismatches = new List<string>();
        foreach (var section in registrations.GroupBy(r => r.Section))
        {
            var sectionPath = "$." + section.Key.Replace(':', '.');
            var expected = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var registration in section)
            {
                FromType(registration.OptionsType, sectionPath, expected);
            }

            var described = new Dictionary<string, string>(StringComparer.Ordinal);
            if (SectionNode(root, section.Key) is { } node)
            {
                FromSchema(root, node, sectionPath, described);
            }

            foreach (var (path, kind) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!described.TryGetValue(path, out var schemaKind))
                {
                    mismatches.Add($"{path} ({kind}) is bound by {string.Join(" / ", section.Select(r => r.OptionsType.Name))} but missing from the schema");
                }
                else if (schemaKind != kind)
                {
                    mismatches.Add($"{path} is {kind} in the options but {schemaKind} in the schema");
                }
            }

            mismatches.AddRange(described.Keys.Where(path => !expected.ContainsKey(path)).Order(StringComparer.Ordinal)
                .Select(path => $"{path} is in the schema but no options class bound to {section.Key} has it"));
        }

        Assert.NotEmpty(registrations);
        Assert.True(mismatches.Count == 0, "Schema and options disagree:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void Schema_EveryProperty_HasADescriptionForTheAdmin()
    {
        using var schema = LoadSchema();
        var undescribed = new List<string>();
        Undescribed(schema.RootElement, schema.RootElement, "$", undescribed, 0);

        Assert.True(undescribed.Count == 0, "No description: " + string.Join(", ", undescribed));
    }

    private static void Undescribed(JsonElement root, JsonElement node, string path, List<string> into, int depth)
    {
        if (depth > 16 || !ConfigSchemaValidator.Resolve(root, node).TryGetProperty("properties", out var properties))
        {
            return;
        }

        foreach (var property in properties.EnumerateObject())
        {
            if (!property.Value.TryGetProperty("description", out _) && !ConfigSchemaValidator.Resolve(root, property.Value).TryGetProperty("description", out _))
            {
                into.Add(path + "." + property.Name);
            }

            var resolved = ConfigSchemaValidator.Resolve(root, property.Value);
            Undescribed(root, resolved, path + "." + property.Name, into, depth + 1);
            foreach (var nested in new[] { "items", "additionalProperties" })
            {
                if (resolved.TryGetProperty(nested, out var child) && child.ValueKind == JsonValueKind.Object)
                {
                    Undescribed(root, child, path + "." + property.Name + "[]", into, depth + 1);
                }
            }
        }
    }

    [Theory]
    [InlineData("bridge.json")]
    [InlineData("bridge.demo.json")]
    [InlineData("appsettings.json")]
    public void ShippedFile_ValidatesAgainstTheSchema(string name)
    {
        using var schema = LoadSchema();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedConfig, name)), ConfigSchemaValidator.DocumentOptions);

        var violations = ConfigSchemaValidator.Validate(schema.RootElement, document.RootElement);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Equal("./bridge.schema.json", document.RootElement.EnumerateObject().First() is { Name: "$schema" } first ? first.Value.GetString() : null);
    }

    [Fact]
    public void Validate_WrongDocument_NamesTheJsonPathOfEachMistake()
    {
        using var schema = LoadSchema();
        using var document = JsonDocument.Parse("""
            {
              "Storage": { "DurableCommits": "yes" },
              "Routing": { "Clients": [ { "Company": "Contoso", "Contrat": "Included24x7" } ] },
              "OnCall": {
                "People": [ { "Name": "No member", "Contacts": [ { "Kind": "Pager", "Address": "555" } ] } ],
                "Schedules": [ { "Name": "nights", "Layers": [ { "Rotation": [ "a" ], "Shift": "Fortnightly" } ] } ]
              },
              "Channels": { "Email": { "Host": "smtp.example.com", "From": "b@example.com", "Security": "Tls" } },
              "Serilog": { "Anything": { "Goes": 1 } },
              "Urls": "http://127.0.0.1:5080"
            }
            """);

        var violations = ConfigSchemaValidator.Validate(schema.RootElement, document.RootElement);

        Assert.Equal(
            [
                "$.Channels.Email.Security",
                "$.OnCall.People[0].Contacts[0].Kind",
                "$.OnCall.People[0].Member",
                "$.OnCall.Schedules[0].Layers[0].Shift",
                "$.Routing.Clients[0].Contrat",
                "$.Storage.DurableCommits",
            ],
            violations.Select(v => v.Path).Order(StringComparer.Ordinal));
        Assert.Contains(violations, v => v.Path == "$.Storage.DurableCommits" && v.Message.Contains("must be a boolean", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Path == "$.Routing.Clients[0].Contrat" && v.Message.Contains("not a known key", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Path == "$.OnCall.People[0].Contacts[0].Kind" && v.Message.Contains("\"Sms\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_TypoInSectionName_ReportsTheFileAndPathAndExitsOne()
    {
        File.Copy(Path.Combine(ShippedConfig, ConfigSchemaValidator.SchemaFileName), _dir.File(ConfigSchemaValidator.SchemaFileName));
        _dir.Write("bridge.json", """
            {
              "$schema": "./bridge.schema.json",
              "ConnectWise": {
                "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/",
                "CompanyId": "acme", "PublicKey": "pubkey123", "PrivateKey": "privkey456",
                "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11"
              },
              "Routng": { "TimeZone": "America/New_York" }
            }
            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("bridge.json $.Routng: is not a known key", error.ToString());
        Assert.Contains("1 problem(s)", error.ToString());
    }

    [Fact]
    public async Task Validate_NoSchemaFileBeside_SkipsTheSchemaCheck()
    {
        _dir.Write("bridge.json", """
            {
              "ConnectWise": {
                "BaseUrl": "https://api-na.myconnectwise.net/v4_6_release/apis/3.0/",
                "CompanyId": "acme", "PublicKey": "pubkey123", "PrivateKey": "privkey456",
                "ClientId": "5b0d7c1e-8a8e-4c47-9c61-0c3b6f0b2f11"
              },
              "Routng": { "TimeZone": "America/New_York" }
            }
            """);

        var exit = await BridgeCli.RunAsync(["validate", "--config", _dir.Path], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
    }

    private static JsonElement? SectionNode(JsonElement root, string section)
    {
        var node = root;
        foreach (var name in section.Split(':'))
        {
            node = ConfigSchemaValidator.Resolve(root, node);
            if (!node.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out node))
            {
                return null;
            }
        }

        return ConfigSchemaValidator.Resolve(root, node);
    }

    private static void FromSchema(JsonElement root, JsonElement node, string path, Dictionary<string, string> into)
    {
        node = ConfigSchemaValidator.Resolve(root, node);
        into[path] = node.TryGetProperty("type", out var type) ? type.GetString() ?? "?" : "any";
        if (node.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                FromSchema(root, property.Value, path + "." + property.Name, into);
            }
        }

        if (node.TryGetProperty("additionalProperties", out var values) && values.ValueKind == JsonValueKind.Object)
        {
            FromSchema(root, values, path + ".*", into);
        }

        if (node.TryGetProperty("items", out var items))
        {
            FromSchema(root, items, path + "[]", into);
        }
    }

    private static void FromType(Type type, string path, Dictionary<string, string> into, int depth = 0)
    {
        Assert.True(depth < 16, $"{path}: options nest too deep (a cycle?)");
        type = Nullable.GetUnderlyingType(type) ?? type;
        var kind = Kind(type);
        into[path] = kind;
        if (DictionaryValueType(type) is { } valueType)
        {
            FromType(valueType, path + ".*", into, depth + 1);
        }
        else if (kind == "array")
        {
            FromType(ElementType(type), path + "[]", into, depth + 1);
        }
        else if (kind == "object")
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0))
            {
                FromType(property.PropertyType, path + "." + property.Name, into, depth + 1);
            }
        }
    }

    private static string Kind(Type type) => type switch
    {
        _ when type == typeof(string) || type.IsEnum || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(Uri) => "string",
        _ when type == typeof(bool) => "boolean",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "integer",
        _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "number",
        _ when DictionaryValueType(type) is not null => "object",
        _ when typeof(IEnumerable).IsAssignableFrom(type) => "array",
        _ when type.IsClass => "object",
        _ => throw new InvalidOperationException($"No schema kind for {type}."),
    };

    private static Type? DictionaryValueType(Type type) =>
        GenericInterface(type, typeof(IDictionary<,>))?.GetGenericArguments()[1];

    private static Type ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()!
            : GenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0]
              ?? throw new InvalidOperationException($"No element type for {type}.");

    private static Type? GenericInterface(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}

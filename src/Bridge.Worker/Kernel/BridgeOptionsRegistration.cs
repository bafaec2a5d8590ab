using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bridge.Worker.Kernel;

/// <summary>
/// One options class bound to one configuration section. Kept so that <c>validate</c> and a failed
/// start can report every problem with the configuration key that causes it, and so that a reload can
/// check a new configuration before it goes live.
/// </summary>
internal sealed partial class BridgeOptionsRegistration
{
    private readonly Func<IServiceProvider, object> _resolve;
    private readonly Func<IServiceProvider, IConfiguration, object>? _create;

    public BridgeOptionsRegistration(
        Type optionsType, string section, Func<IServiceProvider, object> resolve, Func<IServiceProvider, IConfiguration, object>? create = null)
    {
        OptionsType = optionsType;
        Section = section;
        _resolve = resolve;
        _create = create;
    }

    public Type OptionsType { get; }

    public string Section { get; }

    /// <summary>Binds and validates the options in force; returns one line per problem, naming the key.</summary>
    public IReadOnlyList<string> Problems(IServiceProvider services) => Check(() => _resolve(services));

    /// <summary>Binds the section of <paramref name="candidate"/> and runs the same validators, without touching the options in force.</summary>
    public IReadOnlyList<string> Problems(IServiceProvider services, IConfiguration candidate) =>
        _create is null ? [] : Check(() => _create(services, candidate));

    private List<string> Check(Func<object> create)
    {
        try
        {
            create();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.Select(FormatFailure).Distinct().ToList();
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("configuration value", StringComparison.Ordinal))
        {
            // The binder's own message already names the key ("Failed to convert configuration value at 'X:Y' …").
            return [ex.Message];
        }
    }

    /// <summary>
    /// Source-generated validators word a failure as "Member: The field TypeName.Member must …".
    /// Rewrites the type-qualified member path into the configuration key ("Section:Member") so the
    /// admin sees the key to fix in the JSON file.
    /// </summary>
    internal string FormatFailure(string failure)
    {
        var typeName = OptionsType.Name;
        var pattern = new Regex(@"\b" + Regex.Escape(typeName) + @"((?:\.\w+)+)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var match = pattern.Match(failure);
        if (!match.Success)
        {
            // A validator that already words its message with the key ("Member: Section:Key must …"):
            // drop the generator's member prefix so the line starts with the key.
            var lead = LeadingMemberPrefix().Match(failure);
            return lead.Success && failure[lead.Length..].StartsWith(Section + ":", StringComparison.Ordinal)
                ? failure[lead.Length..]
                : failure;
        }

        var key = Section + match.Groups[1].Value.Replace('.', ':');
        var message = pattern.Replace(failure, key);
        var prefix = LeadingMemberPrefix().Match(message);
        if (prefix.Success)
        {
            message = message[prefix.Length..];
        }

        return $"{key}: {message}";
    }

    [GeneratedRegex(@"^\w+: ", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMemberPrefix();
}

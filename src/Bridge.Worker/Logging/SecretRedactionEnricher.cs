using Serilog.Core;
using Serilog.Events;

namespace Bridge.Worker.Logging;

/// <summary>Replaces any secret value found in a log event's properties with <c>***</c>.</summary>
internal sealed class SecretRedactionEnricher(SecretValues secrets) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (secrets.IsEmpty)
        {
            return;
        }

        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            var masked = Mask(value);
            if (!ReferenceEquals(masked, value))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, masked));
            }
        }
    }

    private LogEventPropertyValue Mask(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var masked = secrets.Mask(text);
                return masked == text ? value : new ScalarValue(masked);
            case ScalarValue { Value: Uri uri }:
                var maskedUri = secrets.Mask(uri.ToString());
                return maskedUri == uri.ToString() ? value : new ScalarValue(maskedUri);
            case SequenceValue sequence:
                var items = sequence.Elements.Select(Mask).ToList();
                return items.SequenceEqual(sequence.Elements) ? value : new SequenceValue(items);
            case StructureValue structure:
                var props = structure.Properties.Select(p => new LogEventProperty(p.Name, Mask(p.Value))).ToList();
                return props.Select(p => p.Value).SequenceEqual(structure.Properties.Select(p => p.Value))
                    ? value
                    : new StructureValue(props, structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Mask(e.Value))).ToList();
                return entries.Select(e => e.Value).SequenceEqual(dictionary.Elements.Select(e => e.Value))
                    ? value
                    : new DictionaryValue(entries);
            default:
                return value;
        }
    }
}

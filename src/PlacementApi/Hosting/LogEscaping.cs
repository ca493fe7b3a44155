using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace Placement.Api.Hosting;

/// <summary>
/// Escapes control characters in every string a log event carries: a path such as
/// <c>/v1/hosts/a%0D%0AFAKE</c> arrives decoded, and written raw its CR/LF would start a forged line
/// (an ESC would drive the reader's terminal). <c>\r</c>, <c>\n</c> and <c>\t</c> keep their usual
/// escapes, any other control character becomes <c>\uXXXX</c>, and a backslash is doubled so an
/// escape cannot be forged either. The event's template is the service's own text and is left alone.
/// </summary>
public sealed class LogEscaping : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var escaped = Escaped(value);
            if (!ReferenceEquals(escaped, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, escaped));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    /// <summary>The text with its control characters escaped; the same instance when it has none.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(c => char.IsControl(c) || c == '\\'))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    // Structured values (a logged list or object) are walked too; a value without strings to escape is returned as it is.
    private static LogEventPropertyValue Escaped(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when Escape(text) is var escaped && !ReferenceEquals(escaped, text) => new ScalarValue(escaped),
        SequenceValue sequence when Changed(sequence.Elements, out var elements) => new SequenceValue(elements),
        StructureValue structure when Changed(structure.Properties.Select(p => p.Value).ToList(), out var values) =>
            new StructureValue(structure.Properties.Zip(values, (p, v) => new LogEventProperty(p.Name, v)), structure.TypeTag),
        DictionaryValue dictionary when Changed(dictionary.Elements.Select(e => e.Value).ToList(), out var values) =>
            new DictionaryValue(dictionary.Elements.Zip(values, (e, v) => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, v))),
        _ => value,
    };

    private static bool Changed(IReadOnlyList<LogEventPropertyValue> values, out List<LogEventPropertyValue> escaped)
    {
        escaped = values.Select(Escaped).ToList();
        return escaped.Where((v, i) => !ReferenceEquals(v, values[i])).Any();
    }
}

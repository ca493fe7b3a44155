using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Placement.Domain.Memory;

namespace Placement.Api.Http;

/// <summary>
/// An address or size as a request gives it: a <c>0x</c> hex string or a non-negative JSON
/// integer. Whatever the text, it reads without error; the validator reports what is wrong.
/// </summary>
[JsonConverter(typeof(HexNumberJsonConverter))]
public readonly record struct HexNumber(string Text, ulong? Value)
{
    public const string Rule = "a 0x-prefixed hex string (\"0xab80a000\") or a non-negative integer";

    public bool IsValid => Value is not null;

    public static HexNumber Of(ulong value) => new(HexNotation.Format(value), value);
}

public sealed class HexNumberJsonConverter : JsonConverter<HexNumber>
{
    public override HexNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String when reader.GetString() is var text => new HexNumber(text!, HexNotation.TryParse(text, out var value) ? value : null),
        JsonTokenType.Number => new HexNumber(
            Encoding.UTF8.GetString(reader.ValueSpan),
            reader.TryGetUInt64(out var number) ? number : null),
        _ => throw new JsonException($"must be {HexNumber.Rule}."),
    };

    public override void Write(Utf8JsonWriter writer, HexNumber value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value is { } v ? HexNotation.Format(v) : value.Text);
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Placement.Domain.Memory;

namespace Placement.Api.Http;

/// <summary>
/// An address or size as a request gives it: a <c>0x</c> hex string or a non-negative JSON
/// integer. Any string or number reads without error (<see cref="Value"/> is null when it is not
/// one of those), so that the validator can report every bad field at once.
/// </summary>
[JsonConverter(typeof(HexNumberJsonConverter))]
public readonly record struct HexNumber(ulong? Value)
{
    public const string Rule = "a 0x-prefixed hex string (\"0xab80a000\") or a non-negative integer";

    public bool IsValid => Value is not null;

    public static HexNumber Of(ulong value) => new(value);
}

public sealed class HexNumberJsonConverter : JsonConverter<HexNumber>
{
    public override HexNumber Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => new HexNumber(HexNotation.TryParse(reader.GetString(), out var value) ? value : null),
        JsonTokenType.Number => new HexNumber(reader.TryGetUInt64(out var number) ? number : null),
        _ => throw new JsonException($"must be {HexNumber.Rule}."),
    };

    public override void Write(Utf8JsonWriter writer, HexNumber value, JsonSerializerOptions options)
    {
        if (value.Value is { } number)
        {
            writer.WriteStringValue(HexNotation.Format(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

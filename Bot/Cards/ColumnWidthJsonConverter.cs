using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntervisieBot.Cards;

/// <summary>Writes a <see cref="ColumnWidth"/> as a JSON string (keyword or pixels) or a JSON number (weight).</summary>
public sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return ColumnWidth.Weight(reader.GetInt32());
        }

        var text = reader.GetString();
        return text switch
        {
            "auto" => ColumnWidth.Auto,
            "stretch" => ColumnWidth.Stretch,
            _ when text is not null && text.EndsWith("px", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(0, text.Length - 2), out var pixels) => ColumnWidth.Pixels(pixels),
            _ => throw new JsonException("A column width is \"auto\", \"stretch\", \"<n>px\" or a number."),
        };
    }

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.RelativeWeight is { } weight)
        {
            writer.WriteNumberValue(weight);
        }
        else
        {
            writer.WriteStringValue(value.Keyword ?? "auto");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatPlatform.ServiceDefaults;

/// <summary>
/// Refuses strings that contain U+0000 while reading JSON. PostgreSQL text and jsonb cannot store that character,
/// so letting it through would turn a client's bad input into a server error; refused here it becomes a 400.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && value.Contains('\0', StringComparison.Ordinal))
        {
            throw new JsonException("Text must not contain the NUL character (U+0000).");
        }
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    // Dictionary keys (validation errors, presence maps, reaction counts) go through these; without them
    // System.Text.Json refuses string keys once a custom string converter is registered.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options)!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);
}

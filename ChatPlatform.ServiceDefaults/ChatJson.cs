using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatPlatform.ServiceDefaults;

/// <summary>The wire format of SPEC.md section 2: snake_case both ways, enums as snake_case strings.</summary>
public static class ChatJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new NulFreeStringConverter());
        return options;
    }

    /// <summary>An enum value as this format writes it (<c>SessionStatus.Open</c>: <c>open</c>), for a contract that carries it as a string.</summary>
    public static string EnumName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatPlatform.Client;

/// <summary>The wire format of every ChatPlatform body and frame: snake_case both ways (SPEC.md section 2).</summary>
public static class ChatJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

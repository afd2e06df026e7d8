using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatPlatform.Client.Rest;

/// <summary>The generated client's JSON settings: enums travel as their snake_case names ("direct", "waiting").</summary>
public partial class ChatPlatformRestClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
}

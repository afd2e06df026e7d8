using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatPlatform.Bench.Reporting;

/// <summary>How every report is written as its one JSON line: snake_case names and enum values.</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// The merged document as served and as checked in (<c>clients/openapi/chatplatform.json</c>): every object's keys in
/// ordinal order, two-space indentation, a final newline, so the same API always gives the same bytes and a diff shows
/// only what changed.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode document) => Sorted(document)!.ToJsonString(Indented) + "\n";

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}

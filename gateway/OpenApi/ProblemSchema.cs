using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>The RFC 9457 problem every ChatPlatform error is (SPEC.md section 2), as an OpenAPI schema.</summary>
public static class ProblemSchema
{
    public const string Name = "Problem";

    public static JsonObject Build()
    {
        var properties = new JsonObject();
        foreach (var (name, type) in new[] { ("type", "string"), ("title", "string"), ("status", "integer"), ("detail", "string"), ("code", "string"), ("trace_id", "string") })
        {
            properties[name] = new JsonObject { ["type"] = type };
        }
        properties["errors"] = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        };
        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = new JsonArray("type", "title", "status", "detail", "code", "trace_id") };
    }
}

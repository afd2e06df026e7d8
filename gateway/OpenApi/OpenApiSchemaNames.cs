using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>Pools one service's component schemas into the merged document without clobbering another's.</summary>
public static class OpenApiSchemaNames
{
    private const string SchemaRefPrefix = "#/components/schemas/";

    /// <summary>
    /// Moves <paramref name="document"/>'s schemas into <paramref name="pool"/>. A name already pooled with
    /// different content is renamed <c>{Service}{Name}</c> and every <c>$ref</c> to it in the document follows.
    /// </summary>
    public static void PoolSchemas(JsonObject document, JsonObject pool, string service)
    {
        if (document["components"]?["schemas"] is not JsonObject schemas)
        {
            return;
        }

        var renames = new Dictionary<string, string>();
        foreach (var (name, schema) in schemas)
        {
            if (pool[name] is { } pooled && !JsonNode.DeepEquals(pooled, schema))
            {
                renames[name] = UniqueName(pool, schemas, Prefix(service) + name);
            }
        }
        RewriteRefs(document, renames);

        foreach (var (name, schema) in schemas.ToList())
        {
            schemas.Remove(name);
            pool[renames.GetValueOrDefault(name, name)] = schema;
        }
    }

    private static string UniqueName(JsonObject pool, JsonObject schemas, string name)
    {
        var candidate = name;
        for (var i = 2; pool.ContainsKey(candidate) || schemas.ContainsKey(candidate); i++)
        {
            candidate = $"{name}{i}";
        }
        return candidate;
    }

    private static string Prefix(string service) =>
        service.Length == 0 ? service : char.ToUpperInvariant(service[0]) + service[1..];

    private static void RewriteRefs(JsonNode? node, Dictionary<string, string> renames)
    {
        if (renames.Count == 0)
        {
            return;
        }
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target)
                    && target.StartsWith(SchemaRefPrefix, StringComparison.Ordinal)
                    && renames.TryGetValue(target[SchemaRefPrefix.Length..], out var renamed))
                {
                    obj["$ref"] = SchemaRefPrefix + renamed;
                }
                foreach (var (_, child) in obj)
                {
                    RewriteRefs(child, renames);
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    RewriteRefs(child, renames);
                }
                break;
        }
    }
}

using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// Merges the services' documents into the planned one. A service's operation replaces the planned
/// operation with the same method and path shape, under the contract's path and parameter names; planned
/// operations nobody serves yet stay. Schemas are pooled; a name two services use differently is
/// prefixed with the second service's name.
/// </summary>
public static class OpenApiDocumentMerger
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static JsonObject Merge(JsonObject planned, IEnumerable<ServiceDocument> services)
    {
        var merged = (JsonObject)planned.DeepClone();
        var paths = Child(merged, "paths");
        var components = Child(merged, "components");
        var schemas = Child(components, "schemas");
        var contractPaths = paths.ToDictionary(path => OpenApiPathTemplate.Shape(path.Key), path => path.Key);

        foreach (var service in services.OrderBy(service => service.Service, StringComparer.Ordinal))
        {
            var document = (JsonObject)service.Document.DeepClone();
            OpenApiSchemaNames.PoolSchemas(document, schemas, service.Service);
            MergeMap(document["components"]?["securitySchemes"] as JsonObject, Child(components, "securitySchemes"));
            MergeTags(document["tags"] as JsonArray, merged);

            foreach (var (path, node) in (document["paths"] as JsonObject ?? []).ToList())
            {
                if (node is not JsonObject item || !OpenApiPathTemplate.IsPublic(path))
                {
                    continue;
                }
                var target = contractPaths.TryGetValue(OpenApiPathTemplate.Shape(path), out var contractPath) ? contractPath : path;
                OpenApiPathParameters.Rename(item, path, target);
                MergePathItem(item, Child(paths, target), target);
            }
        }
        GatewayResponses.Add(merged);
        return merged;
    }

    private static void MergePathItem(JsonObject source, JsonObject target, string path)
    {
        foreach (var (key, value) in source.ToList())
        {
            source.Remove(key);
            if (key == "servers")
            {
                // A service's own address is not reachable by clients; they call the gateway.
                continue;
            }
            if (Methods.Contains(key) && value is JsonObject operation && operation["security"] is null
                && path.StartsWith("/api/v1/chat/", StringComparison.OrdinalIgnoreCase))
            {
                // The gateway demands a token on every chat route, whatever the service document says.
                operation["security"] = PlannedOpenApiDocument.BearerRequirement();
            }
            target[key] = value;
        }
    }

    private static void MergeMap(JsonObject? source, JsonObject target)
    {
        foreach (var (key, value) in (source ?? []).ToList())
        {
            if (!target.ContainsKey(key))
            {
                source!.Remove(key);
                target[key] = value;
            }
        }
    }

    private static void MergeTags(JsonArray? source, JsonObject merged)
    {
        if (source is null)
        {
            return;
        }
        var tags = merged["tags"] as JsonArray ?? (JsonArray)(merged["tags"] = new JsonArray());
        var known = tags.Select(tag => tag?["name"]?.GetValue<string>()).ToHashSet();
        foreach (var tag in source.ToList())
        {
            if (known.Add(tag?["name"]?.GetValue<string>()))
            {
                tags.Add(tag?.DeepClone());
            }
        }
    }

    private static JsonObject Child(JsonObject parent, string name)
    {
        if (parent[name] is not JsonObject child)
        {
            parent[name] = child = new JsonObject();
        }
        return child;
    }
}

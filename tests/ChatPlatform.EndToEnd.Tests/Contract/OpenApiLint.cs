namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// Static checks of an OpenAPI document: what a client generator or contract-test generator needs to be true of every
/// operation and schema, each broken rule one line naming where.
/// </summary>
public static class OpenApiLint
{
    private static readonly string[] SchemaKeywords = ["type", "$ref", "oneOf", "anyOf", "allOf", "const", "enum", "not"];
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch"];

    public static List<string> Check(JsonObject document)
    {
        var problems = new List<string>();
        if (document["servers"] is not JsonArray { Count: > 0 })
        {
            problems.Add("the document has no servers");
        }
        CheckSchemas(document["components"]?["schemas"], "#/components/schemas", problems);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject().Where(entry => Methods.Contains(entry.Key)))
            {
                CheckOperation(document, $"{method.ToUpperInvariant()} {path}", path, node!.AsObject(), problems);
            }
        }
        return problems;
    }

    private static void CheckOperation(JsonObject document, string name, string path, JsonObject operation, List<string> problems)
    {
        var responses = operation["responses"]?.AsObject() ?? [];
        if (responses.ContainsKey("default"))
        {
            problems.Add($"{name}: a default response hides which statuses it really gives");
        }
        if (!responses.Any(r => r.Key.StartsWith('2') || r.Key == "101"))
        {
            problems.Add($"{name}: no success response");
        }
        var authenticated = operation["security"] is JsonArray { Count: > 0 };
        if (path.StartsWith("/api/v1/chat/", StringComparison.Ordinal) && !authenticated)
        {
            problems.Add($"{name}: a chat operation without a security requirement");
        }
        if (authenticated && !responses.ContainsKey("401"))
        {
            problems.Add($"{name}: authenticated but 401 is not documented");
        }
        if (operation["requestBody"] is JsonObject body && !responses.ContainsKey("413"))
        {
            problems.Add($"{name}: takes a body but 413 is not documented");
        }
        if (operation["requestBody"]?["content"] is JsonObject bodyContent)
        {
            foreach (var (mediaType, media) in bodyContent)
            {
                CheckSchemas(media?["schema"], $"{name} request {mediaType}", problems, isRoot: true);
            }
        }
        foreach (var parameter in operation["parameters"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            var parameterName = parameter["name"]!.GetValue<string>();
            if (parameter["in"]?.GetValue<string>() == "query" && parameterName != parameterName.ToLowerInvariant())
            {
                problems.Add($"{name}: query parameter {parameterName} is not the lowercase name the API uses");
            }
            if (parameter["schema"] is not JsonObject schema || !SchemaKeywords.Any(schema.ContainsKey))
            {
                problems.Add($"{name}: parameter {parameterName} has no type");
            }
        }
        foreach (var (status, response) in responses)
        {
            var resolved = response?["$ref"]?.GetValue<string>() is { } reference
                ? document["components"]?["responses"]?[reference.Split('/')[^1]]
                : response;
            var content = resolved?["content"]?.AsObject();
            if (int.TryParse(status, out var code) && code >= 400 && code != 416
                && content?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>() != "#/components/schemas/Problem")
            {
                problems.Add($"{name}: {status} is not an application/problem+json Problem");
            }
            foreach (var (mediaType, media) in content ?? [])
            {
                CheckSchemas(media?["schema"], $"{name} {status} {mediaType}", problems, isRoot: true);
            }
        }
    }

    /// <summary>Every schema (and every property, item and value schema in it) says what it is.</summary>
    private static void CheckSchemas(JsonNode? node, string where, List<string> problems, bool isRoot = false)
    {
        if (node is not JsonObject schemas)
        {
            return;
        }
        if (isRoot)
        {
            CheckSchema(schemas, where, problems);
            return;
        }
        foreach (var (name, schema) in schemas)
        {
            CheckSchema(schema as JsonObject, $"{where}/{name}", problems);
        }
    }

    private static void CheckSchema(JsonObject? schema, string where, List<string> problems)
    {
        if (schema is null)
        {
            return;
        }
        if (!SchemaKeywords.Any(schema.ContainsKey))
        {
            problems.Add($"{where}: no type");
        }
        if (schema["type"] is JsonArray types && types.Count > 1 && types.Any(t => t?.GetValue<string>() == "string")
            && types.Any(t => t?.GetValue<string>() is "integer" or "number"))
        {
            problems.Add($"{where}: a number that may also be a string");
        }
        if (schema["oneOf"] is JsonArray alternatives && alternatives.OfType<JsonObject>().Any(a => a.Count == 0))
        {
            problems.Add($"{where}: oneOf with an empty schema, which no value can satisfy exactly once");
        }
        foreach (var (name, property) in schema["properties"] as JsonObject ?? [])
        {
            CheckSchema(property as JsonObject, $"{where}.{name}", problems);
        }
        if (schema["type"]?.ToJsonString().Contains("array") == true)
        {
            CheckSchema(schema["items"] as JsonObject ?? [], $"{where}[]", problems);
        }
        CheckSchema(schema["additionalProperties"] as JsonObject, $"{where}{{}}", problems);
    }
}

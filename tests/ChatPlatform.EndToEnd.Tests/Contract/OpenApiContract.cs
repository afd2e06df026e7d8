using System.Collections.Concurrent;
using Json.Schema;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// The served <c>/openapi.json</c> as a checker of real answers: the status must be documented for the operation, the
/// Content-Type one of the documented media types, and a JSON body valid against the documented schema (JSON Schema
/// 2020-12, OpenAPI 3.1's dialect, with formats asserted). Every mismatch is kept with the call that caused it.
/// </summary>
public sealed class OpenApiContract(JsonObject document)
{
    private const string SchemaRefs = "#/components/schemas/";
    private const string ResponseRefs = "#/components/responses/";

    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new();
    private readonly List<string> _mismatches = [];
    private readonly HashSet<(string Operation, bool Problem)> _answered = [];

    public JsonObject Document { get; } = document;

    public IReadOnlyList<string> Mismatches => _mismatches;

    /// <summary>Every operation of the document, as <c>METHOD /path/template</c>.</summary>
    public IEnumerable<string> Operations =>
        Document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(item => item.Value is JsonObject { } operation && operation.ContainsKey("responses"))
            .Select(item => $"{item.Key.ToUpperInvariant()} {path.Key}"));

    /// <summary>The operations that were not seen answering successfully (<paramref name="problem"/> false) or with an error.</summary>
    public IEnumerable<string> Unanswered(bool problem) => Operations.Where(operation => !_answered.Contains((operation, problem)));

    public async Task CheckAsync(HttpResponseMessage response, string method, string template)
    {
        var body = await response.Content.ReadAsByteArrayAsync();
        Check((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, method, template);
    }

    public void Check(int status, string? mediaType, byte[] body, string method, string template)
    {
        var operationName = $"{method.ToUpperInvariant()} {template}";
        void Fail(string message)
        {
            lock (_mismatches)
            {
                _mismatches.Add($"{operationName} -> {status}: {message}");
            }
        }

        if (Document["paths"]?[template]?[method.ToLowerInvariant()] is not JsonObject operation)
        {
            Fail("the operation is not in the document");
            return;
        }
        lock (_answered)
        {
            _answered.Add((operationName, status >= 400));
        }
        if (Resolve(operation["responses"]?[status.ToString()]) is not JsonObject documented)
        {
            Fail($"status {status} is not documented (documented: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))})");
            return;
        }
        var content = documented["content"] as JsonObject;
        if (content is null || content.Count == 0)
        {
            if (body.Length > 0)
            {
                Fail($"a {body.Length}-byte {mediaType} body where the document promises none");
            }
            return;
        }
        var media = content.FirstOrDefault(c => c.Key == mediaType).Value ?? content.FirstOrDefault(c => c.Key == "*/*").Value;
        if (media is null)
        {
            Fail($"Content-Type {mediaType ?? "(none)"} is not one of {string.Join(", ", content.Select(c => c.Key))}");
            return;
        }
        if (mediaType is null || !mediaType.EndsWith("json", StringComparison.Ordinal) || media["schema"] is not JsonObject schema)
        {
            return;
        }
        JsonElement instance;
        try
        {
            instance = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException exception)
        {
            Fail($"the body is not JSON: {exception.Message}");
            return;
        }
        var results = SchemaFor(schema).Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (!results.IsValid)
        {
            var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}) {e.Key}: {e.Value}"))
                .Distinct().Take(10);
            Fail($"the body does not match its schema: {string.Join(" | ", errors)}; body: {Truncate(body)}");
        }
    }

    /// <summary>Records a WebSocket handshake the client saw succeed (101), which no HttpResponseMessage shows.</summary>
    public void CheckUpgrade(string template) => Check(101, null, [], "get", template);

    private JsonNode? Resolve(JsonNode? response) =>
        response?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(ResponseRefs, StringComparison.Ordinal)
            ? Document["components"]?["responses"]?[reference[ResponseRefs.Length..]]
            : response;

    /// <summary>
    /// The response schema as a standalone 2020-12 schema: every component reference replaced by the component itself
    /// (the document's schemas are not recursive), so nothing is left to resolve.
    /// </summary>
    private JsonSchema SchemaFor(JsonObject schema) => _schemas.GetOrAdd(schema.ToJsonString(), _ =>
    {
        var standalone = (JsonObject)Inline(schema, depth: 0);
        standalone["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return JsonSchema.FromText(standalone.ToJsonString());
    });

    private JsonNode Inline(JsonNode node, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("The document's schemas refer to each other in a cycle.");
        }
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, child) in obj)
                {
                    if (key == "$ref" && child?.GetValue<string>() is { } reference && reference.StartsWith(SchemaRefs, StringComparison.Ordinal))
                    {
                        foreach (var (componentKey, componentChild) in (JsonObject)Inline(Document["components"]!["schemas"]![reference[SchemaRefs.Length..]]!, depth + 1))
                        {
                            copy[componentKey] = componentChild?.DeepClone();
                        }
                        continue;
                    }
                    copy[key] = child is null ? null : Inline(child, depth + 1);
                }
                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(child => child is null ? null : Inline(child, depth + 1))]);
            default:
                return node.DeepClone();
        }
    }

    private static string Truncate(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length > 400 ? text[..400] + "..." : text;
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>Builds the OpenAPI 3.1 document of the planned API (<see cref="PlannedApi"/>), the base of the merge.</summary>
public static class PlannedOpenApiDocument
{
    public const string BearerScheme = "bearer";

    public static JsonObject Build(IEnumerable<PlannedOperation> operations)
    {
        var paths = new JsonObject();
        foreach (var operation in operations)
        {
            if (paths[operation.Path] is not JsonObject item)
            {
                paths[operation.Path] = item = new JsonObject();
            }
            item[operation.Method] = Operation(operation);
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "ChatPlatform API",
                ["version"] = "v1",
                ["description"] = "Every public endpoint of ChatPlatform, served through the gateway. Errors are RFC 9457 problem+json with a stable `code` and `trace_id` (the `Problem` schema). " +
                    "Any request may also get 414 or 431 problems from the gateway when its URL or headers are over its limits (docs/gateway.md).",
            },
            // Relative to where the document was fetched: clients call the gateway that served it.
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/", ["description"] = "The gateway that served this document" }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject { [ProblemSchema.Name] = ProblemSchema.Build() },
                ["securitySchemes"] = new JsonObject
                {
                    [BearerScheme] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
        };
    }

    public static JsonArray BearerRequirement() => [new JsonObject { [BearerScheme] = new JsonArray() }];

    private static JsonObject Operation(PlannedOperation planned)
    {
        var parameters = new JsonArray();
        foreach (var name in OpenApiPathTemplate.ParameterNames(planned.Path))
        {
            parameters.Add(Parameter(name, "path", required: true));
        }
        foreach (var name in planned.Query ?? [])
        {
            parameters.Add(Parameter(name, "query", required: false));
        }

        var operation = new JsonObject
        {
            ["tags"] = new JsonArray(planned.Tag ?? char.ToUpperInvariant(planned.Service[0]) + planned.Service[1..]),
            ["summary"] = planned.Summary,
            ["description"] = $"As the API contract states it; the {planned.Service} service's own description replaces it while the service runs.",
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                [planned.Status.ToString()] = new JsonObject { ["description"] = ReasonPhrases.GetReasonPhrase(planned.Status) },
                ["default"] = new JsonObject
                {
                    ["description"] = "An error",
                    ["content"] = new JsonObject
                    {
                        ["application/problem+json"] = new JsonObject { ["schema"] = Ref(ProblemSchema.Name) },
                    },
                },
            },
            ["security"] = planned.Anonymous ? new JsonArray() : BearerRequirement(),
        };
        if (planned.Body is { } body)
        {
            operation["requestBody"] = RequestBody(body, planned.BodyContentType);
        }
        return operation;
    }

    private static JsonObject Parameter(string name, string location, bool required) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["schema"] = new JsonObject { ["type"] = "string" },
    };

    private static JsonObject RequestBody(string[] fields, string contentType)
    {
        var properties = new JsonObject();
        foreach (var field in fields)
        {
            var (name, type) = field.Split(':') is [var n, var t] ? (n, t) : (field, "string");
            properties[name] = Schema(type);
        }
        return new JsonObject
        {
            ["required"] = true,
            ["content"] = new JsonObject
            {
                [contentType] = new JsonObject { ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = properties } },
            },
        };
    }

    private static JsonObject Schema(string type) => type switch
    {
        "uuid" => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        "binary" => new JsonObject { ["type"] = "string", ["format"] = "binary" },
        "array" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        _ => new JsonObject { ["type"] = type },
    };

    private static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };
}

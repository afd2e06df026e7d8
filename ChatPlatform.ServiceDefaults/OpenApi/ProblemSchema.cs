using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>The RFC 9457 problem every ChatPlatform error is (SPEC.md section 2), as one OpenAPI schema for every service and the gateway.</summary>
public static class ProblemSchema
{
    public const string Name = "Problem";
    public const string ContentType = "application/problem+json";

    public static OpenApiSchema Create() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. code is stable and machine-readable: not_found, validation_failed, blocked, session_closed, " +
            "rate_limited, payload_too_large, unauthorized, forbidden, conflict, already_assigned, service_unavailable, internal_error.",
        Required = new HashSet<string> { "type", "title", "status", "detail", "code", "trace_id" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "400", Maximum = "599" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[a-z_]+$" },
            ["trace_id"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Validation errors: the messages for each field.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };
}

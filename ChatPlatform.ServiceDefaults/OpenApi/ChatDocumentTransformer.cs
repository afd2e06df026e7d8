using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The document-wide parts: the <see cref="ProblemSchema"/> in place of ASP.NET Core's <c>ProblemDetails</c> schemas
/// (which lack <c>code</c> and <c>trace_id</c>) and the bearer scheme the operations' security refers to.
/// </summary>
public sealed class ChatDocumentTransformer : IOpenApiDocumentTransformer
{
    private static readonly string[] ReplacedSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var components = document.Components ??= new OpenApiComponents();
        var schemas = components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var name in ReplacedSchemas)
        {
            schemas.Remove(name);
        }
        schemas[ProblemSchema.Name] = ProblemSchema.Create();

        var schemes = components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        schemes[ProblemResponseTransformer.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from POST /api/v1/auth/login, as Authorization: Bearer <token>.",
        };
        await OpenApiSchemaOfAttribute.ResolveAsync(document, context, cancellationToken);
    }
}

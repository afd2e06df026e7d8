using Microsoft.AspNetCore.Http.HttpResults;
using ChatPlatform.Gateway.OpenApi;
using Scalar.AspNetCore;

namespace ChatPlatform.Gateway.Apis;

public static class OpenApiDocsApi
{
    public const string DocumentPath = "/openapi.json";

    /// <summary><c>/openapi.json</c> (every public path, merged from the services) and <c>/docs</c> (Scalar).</summary>
    public static IEndpointRouteBuilder MapOpenApiDocs(this IEndpointRouteBuilder app)
    {
        app.MapGet(DocumentPath, GetDocument)
            .WithName("GetOpenApiDocument")
            .WithSummary("The merged OpenAPI document of the whole API")
            .AllowAnonymous();

        app.MapScalarApiReference("/docs", options => options
            .WithTitle("ChatPlatform API")
            .WithOpenApiRoutePattern(DocumentPath))
            .AllowAnonymous();
        return app;
    }

    public static async Task<ContentHttpResult> GetDocument(MergedOpenApiProvider provider, CancellationToken cancellationToken) =>
        TypedResults.Content(await provider.GetJsonAsync(cancellationToken), "application/json");
}

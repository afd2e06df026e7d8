using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// The service's OpenAPI document (<c>/openapi/v1.json</c>) as the wire really is: every property typed, required
    /// and nullable as the service reads and writes them, every error the <see cref="ProblemSchema"/>, 401 and the
    /// bearer requirement on authenticated operations, query parameters under the names they bind to.
    /// </summary>
    public static IServiceCollection AddChatOpenApi(this IServiceCollection services, Action<OpenApiOptions>? configure = null) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddOperationTransformer<QueryParameterTransformer>();
            options.AddOperationTransformer<ProblemResponseTransformer>();
            options.AddDocumentTransformer<ChatDocumentTransformer>();
            configure?.Invoke(options);
        });
}

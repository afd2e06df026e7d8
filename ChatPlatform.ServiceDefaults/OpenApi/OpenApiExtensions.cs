using Microsoft.Extensions.DependencyInjection;

namespace ChatPlatform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// The service's OpenAPI document (<c>/openapi/v1.json</c>) as the wire really is: every property typed, required
    /// and nullable as the service reads and writes them, every error the <see cref="ProblemSchema"/>, 401 and the
    /// bearer requirement on authenticated operations, query parameters under the names they bind to.
    /// </summary>
    /// <remarks>Part of <c>AddServiceDefaults</c>; a second call adds nothing (Messages and Presence still make one, issue 15).</remarks>
    public static IServiceCollection AddChatOpenApi(this IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(ChatOpenApiMarker)))
        {
            return services;
        }
        services.AddSingleton<ChatOpenApiMarker>();
        return services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<WireSchemaTransformer>();
            options.AddOperationTransformer<QueryParameterTransformer>();
            options.AddOperationTransformer<ProblemResponseTransformer>();
            options.AddDocumentTransformer<ChatDocumentTransformer>();
        });
    }

    private sealed class ChatOpenApiMarker;
}

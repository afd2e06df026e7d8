using ChatPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Every error answer an operation can give, each a <see cref="ProblemSchema"/>: what the endpoint declares
/// (<c>ProducesProblem</c>, <c>ValidationProblem</c> results), 400 wherever a body, query or header is bound (an
/// unreadable one is <c>validation_failed</c>), and on authenticated endpoints 401 with the bearer requirement, plus
/// 403 where a role policy (admin, agent) applies.
/// </summary>
public sealed class ProblemResponseTransformer : IOpenApiOperationTransformer
{
    public const string BearerScheme = "bearer";

    private static readonly HashSet<string> RolePolicies = [AuthenticationExtensions.AdminPolicy, AuthenticationExtensions.AgentPolicy];

    private static readonly HashSet<BindingSource> InputSources = [BindingSource.Body, BindingSource.Query, BindingSource.Header, BindingSource.Form, BindingSource.FormFile];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("Operation transformers run with a document.");
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var responses = operation.Responses ??= [];
        var authorization = metadata.OfType<IAuthorizeData>().ToList();
        if (authorization.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any())
        {
            responses.TryAdd("401", new OpenApiResponse());
            if (authorization.Any(data => data.Policy is { } policy && RolePolicies.Contains(policy)))
            {
                responses.TryAdd("403", new OpenApiResponse());
            }
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        }
        if (context.Description.ParameterDescriptions.Any(parameter => parameter.Source is { } source && InputSources.Contains(source)))
        {
            responses.TryAdd("400", new OpenApiResponse());
        }

        foreach (var (status, response) in responses.ToList())
        {
            // An error answer that is not a problem (a 416 range refusal, described by its endpoint) keeps its description.
            if (int.TryParse(status, out var code) && code >= 400 && (response.Description is null || response.Content?.ContainsKey(ProblemSchema.ContentType) == true))
            {
                responses[status] = Problem(code, document, (response as OpenApiResponse)?.Description);
            }
        }
        return Task.CompletedTask;
    }

    public static OpenApiResponse Problem(int status, OpenApiDocument document, string? description = null) => new()
    {
        Description = string.IsNullOrEmpty(description) ? ReasonPhrases.GetReasonPhrase(status) : description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemSchema.ContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchema.Name, document) },
        },
    };
}

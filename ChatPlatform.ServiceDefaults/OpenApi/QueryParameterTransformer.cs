using ChatPlatform.ServiceDefaults.Paging;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The query parameters every list and history shares, as the services read them (some bind them as text to give a
/// field error for a bad value): <c>limit</c> 1 to 200 (anything else is a 400), default 50; sequence
/// numbers whole and not negative.
/// </summary>
public sealed class QueryParameterTransformer : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> SequenceParameters = ["before_seq", "after_seq", "since_seq"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query)
            {
                continue;
            }
            if (parameter.Name == "limit")
            {
                parameter.Description ??= $"Items per page, 1 to {PageRequest.MaxLimit}; any other value is refused with 400 validation_failed.";
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = "1",
                    Maximum = PageRequest.MaxLimit.ToString(),
                    Default = PageRequest.DefaultLimit,
                };
            }
            else if (parameter.Name == "cursor")
            {
                parameter.Description ??= "The next_cursor of the previous page.";
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
            }
            else if (SequenceParameters.Contains(parameter.Name!))
            {
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0" };
            }
        }
        return Task.CompletedTask;
    }
}

using ChatPlatform.Messages.Rules;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatPlatform.Messages.Apis;

/// <summary>
/// What the generator cannot see of the attachment endpoints: the upload reads its multipart body as a stream (so no
/// body is bound), and the download streams the file with Range and ETag support.
/// </summary>
public static class AttachmentsOpenApi
{
    public static Task DescribeUploadAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = $"One part named file, at most {AttachmentLimits.MaxFileBytes} bytes; its Content-Type must be one of: " +
                string.Join(", ", AttachmentContentTypes.Allowed.Order(StringComparer.Ordinal)) + ".",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }

    public static Task DescribeDownloadAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Range",
            In = ParameterLocation.Header,
            Description = "One byte range (RFC 9110), e.g. bytes=0-1023; the answer is then 206 with that part.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^bytes=" },
        });
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of a copy the client has (the file's SHA-256 in quotes); 304 when it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        var responses = operation.Responses ??= [];
        responses["200"] = File("The whole file, with the Content-Type it was uploaded with.");
        responses["206"] = File("The requested range; Content-Range says which.");
        responses["304"] = new OpenApiResponse { Description = "Not Modified: the If-None-Match ETag is current." };
        responses["416"] = new OpenApiResponse
        {
            Description = "The Range lies outside the file. ASP.NET Core's range handling answers this one itself, with Content-Range and no body.",
        };
        return Task.CompletedTask;
    }

    private static OpenApiResponse File(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["*/*"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
        },
    };
}

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using ServiceProblemSchema = ChatPlatform.ServiceDefaults.OpenApi.ProblemSchema;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// The services' <see cref="ServiceProblemSchema"/> as JSON, written by the same OpenAPI writer the services use, so
/// the merge pools the gateway's and every service's <c>Problem</c> as one schema.
/// </summary>
public static class ProblemSchema
{
    public const string Name = ServiceProblemSchema.Name;

    public static JsonObject Build()
    {
        using var text = new StringWriter();
        ServiceProblemSchema.Create().SerializeAsV31(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString())!.AsObject();
    }
}

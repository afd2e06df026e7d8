using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Makes generated schemas say what the wire carries. The generator leaves strings untyped (our string converter
/// hides their type), offers <c>"5"</c> for numbers (the web defaults read numbers from strings, but the services
/// write and document numbers), marks every record parameter required and gives <c>JsonElement</c> no shape.
/// Objects are fixed here property by property (<see cref="WireObject"/>), every other schema on its own.
/// </summary>
public sealed class WireSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var typeInfo = context.JsonTypeInfo;
        if (typeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
        {
            WireObject.Apply(schema, typeInfo);
            return Task.CompletedTask;
        }
        // Whether a property may be null is its object's decision (see WireObject), so it is left alone here.
        WireTypes.Normalize(schema, typeInfo.Type, nullable: null);
        return Task.CompletedTask;
    }
}

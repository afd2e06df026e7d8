using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// A property the service passes through as raw JSON (a <c>JsonElement</c>) that always holds a <paramref name="type"/>:
/// documented as a reference to that type's schema, e.g. a session's <c>last_message</c> as the Message Messages writes.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OpenApiSchemaOfAttribute(Type type) : Attribute
{
    private const string MetadataKey = "chat-schema-of";

    /// <summary>Where ASP.NET Core's generator keeps the component name a schema will have.</summary>
    private const string SchemaIdKey = "x-schema-id";

    public Type Type { get; } = type;

    /// <summary>What the property's schema is until <see cref="ResolveAsync"/> turns it into the reference.</summary>
    public OpenApiSchema Placeholder(bool nullable) => new()
    {
        Type = nullable ? JsonSchemaType.Object | JsonSchemaType.Null : JsonSchemaType.Object,
        Metadata = new Dictionary<string, object> { [MetadataKey] = Type },
    };

    /// <summary>Replaces every placeholder among the component schemas' properties with a reference to its type's component.</summary>
    public static async Task ResolveAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas;
        foreach (var component in schemas?.Values.OfType<OpenApiSchema>().ToList() ?? [])
        {
            foreach (var (name, property) in component.Properties?.ToList() ?? [])
            {
                if (property is not OpenApiSchema { Metadata: { } metadata } placeholder || !metadata.TryGetValue(MetadataKey, out var value) || value is not Type type)
                {
                    continue;
                }
                if (!schemas!.ContainsKey(type.Name))
                {
                    var created = await context.GetOrCreateSchemaAsync(type, parameterDescription: null, cancellationToken);
                    document.AddComponent(type.Name, Componentize(created, document));
                }
                IOpenApiSchema reference = new OpenApiSchemaReference(type.Name, document);
                component.Properties![name] = placeholder.Type!.Value.HasFlag(JsonSchemaType.Null)
                    ? new OpenApiSchema { OneOf = [reference, new OpenApiSchema { Type = JsonSchemaType.Null }] }
                    : reference;
            }
        }
    }

    /// <summary>
    /// A schema made outside the generator's own pass comes with its nested types inline; each one the generator names
    /// (<c>x-schema-id</c>) becomes a component reference, as it is in the documents of the service that owns the type.
    /// </summary>
    private static IOpenApiSchema Componentize(IOpenApiSchema node, OpenApiDocument document)
    {
        if (node is not OpenApiSchema schema)
        {
            return node;
        }
        foreach (var (name, property) in schema.Properties?.ToList() ?? [])
        {
            schema.Properties![name] = Componentize(property, document, nested: true);
        }
        if (schema.Items is { } items)
        {
            schema.Items = Componentize(items, document, nested: true);
        }
        if (schema.AdditionalProperties is { } values)
        {
            schema.AdditionalProperties = Componentize(values, document, nested: true);
        }
        return schema;
    }

    private static IOpenApiSchema Componentize(IOpenApiSchema node, OpenApiDocument document, bool nested)
    {
        var inner = Componentize(node, document);
        if (!nested || inner is not OpenApiSchema { Metadata: { } metadata } schema || !metadata.TryGetValue(SchemaIdKey, out var id) || id is not string { Length: > 0 } name)
        {
            return inner;
        }
        if (document.Components?.Schemas?.ContainsKey(name) != true)
        {
            document.AddComponent(name, schema);
        }
        return new OpenApiSchemaReference(name, document);
    }
}

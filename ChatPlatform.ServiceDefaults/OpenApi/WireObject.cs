using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// An object schema as the service reads or writes it. Request bodies (types named <c>*Request</c>) require only
/// the properties marked <see cref="RequiredAttribute"/>, which then cannot be null: every request field is nullable in
/// C# so that a missing one becomes a field error instead of a binding failure. Responses require every property they
/// always write, and a property is nullable when its C# type is. Validation attributes on a property or its record
/// parameter become the schema's limits.
/// </summary>
public static class WireObject
{
    public static void Apply(OpenApiSchema schema, JsonTypeInfo typeInfo)
    {
        var isRequest = typeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal);
        var properties = schema.Properties!;
        var required = new HashSet<string>();
        foreach (var property in typeInfo.Properties)
        {
            if (!properties.TryGetValue(property.Name, out var generated))
            {
                continue;
            }
            var attributes = AttributesOf(property);
            var mustBeGiven = isRequest ? attributes.OfType<RequiredAttribute>().Any() : property.ShouldSerialize is null;
            if (mustBeGiven)
            {
                required.Add(property.Name);
            }
            var nullable = isRequest ? !mustBeGiven && property.IsSetNullable : property.IsGetNullable;

            if (attributes.OfType<OpenApiSchemaOfAttribute>().FirstOrDefault() is { } schemaOf)
            {
                // The reference is made once the document is complete (ChatDocumentTransformer), where it stays one.
                properties[property.Name] = schemaOf.Placeholder(nullable);
            }
            else if (WireTypes.IsJsonElement(property.PropertyType))
            {
                properties[property.Name] = WireTypes.AnyObject(nullable, (generated as OpenApiSchema)?.Description);
            }
            else if (generated is OpenApiSchema inline && IsScalar(property.PropertyType))
            {
                WireTypes.Normalize(inline, property.PropertyType, nullable);
                WireLimits.Apply(inline, attributes);
            }
            else if (generated is OpenApiSchema collection && collection.Type is { } type && type.HasFlag(JsonSchemaType.Array))
            {
                collection.Type = nullable ? type | JsonSchemaType.Null : type & ~JsonSchemaType.Null;
                if (ElementType(property.PropertyType) is { } element && IsScalar(element))
                {
                    var items = collection.Items as OpenApiSchema ?? new OpenApiSchema();
                    WireTypes.Normalize(items, element, nullable: false);
                    collection.Items = items;
                }
                WireLimits.Apply(collection, attributes);
            }
        }
        schema.Required = required;
        // A nullable object property says so itself (oneOf with null); the object's own schema is never null.
        schema.Type = JsonSchemaType.Object;
        if (typeInfo.Type.GetCustomAttribute<ExactlyOneOfAttribute>() is { } exactlyOne)
        {
            schema.OneOf = exactlyOne.Alternatives();
        }
    }

    private static List<Attribute> AttributesOf(JsonPropertyInfo property) =>
    [
        .. property.AttributeProvider?.GetCustomAttributes(inherit: true).OfType<Attribute>() ?? [],
        .. property.AssociatedParameter?.AttributeProvider?.GetCustomAttributes(inherit: true).OfType<Attribute>() ?? [],
    ];

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(Guid) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset);
    }
}

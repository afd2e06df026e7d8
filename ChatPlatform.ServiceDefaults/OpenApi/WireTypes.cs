using System.Text.Json;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>Schema fixes for one value of a known CLR type.</summary>
public static class WireTypes
{
    private const JsonSchemaType Numeric = JsonSchemaType.Integer | JsonSchemaType.Number;

    /// <param name="nullable">Whether null may appear (true adds it, false removes it, null leaves the generator's answer).</param>
    public static void Normalize(OpenApiSchema schema, Type clrType, bool? nullable)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        if (schema.Type is null && schema.OneOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 })
        {
            if (type == typeof(string) || (type.IsEnum && schema.Enum is { Count: > 0 }))
            {
                schema.Type = JsonSchemaType.String;
            }
            else if (type == typeof(JsonElement))
            {
                schema.Type = JsonSchemaType.Object;
            }
        }
        if (schema.Type is { } numeric && (numeric & Numeric) != 0 && (numeric & JsonSchemaType.String) != 0)
        {
            schema.Type = numeric & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        if (schema.Type is { } typed && nullable is { } canBeNull)
        {
            schema.Type = canBeNull ? typed | JsonSchemaType.Null : typed & ~JsonSchemaType.Null;
        }
    }

    /// <summary>A schema for a <c>JsonElement</c> property: any JSON object (the services only take and give objects there).</summary>
    public static OpenApiSchema AnyObject(bool nullable, string? description = null) => new()
    {
        Type = nullable ? JsonSchemaType.Object | JsonSchemaType.Null : JsonSchemaType.Object,
        Description = description,
    };

    public static bool IsJsonElement(Type type) => (Nullable.GetUnderlyingType(type) ?? type) == typeof(JsonElement);
}

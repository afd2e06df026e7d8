using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>A request body that must carry exactly one of these properties, not null (e.g. mark-read's two ways to say where).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExactlyOneOfAttribute(params string[] properties) : Attribute
{
    public IReadOnlyList<string> Properties { get; } = properties;

    public List<IOpenApiSchema> Alternatives() =>
    [
        .. Properties.Select(name => new OpenApiSchema
        {
            Required = new HashSet<string> { name },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                [name] = new OpenApiSchema { Not = new OpenApiSchema { Type = JsonSchemaType.Null } },
            },
        }),
    ];
}

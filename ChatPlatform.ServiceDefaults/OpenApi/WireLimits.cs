using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ChatPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Validation attributes as schema limits. The services validate with their own rules; the attributes on request
/// records only describe those rules (they name the rules' constants) and are never enforced by themselves.
/// </summary>
public static class WireLimits
{
    public static void Apply(OpenApiSchema schema, IEnumerable<Attribute> attributes)
    {
        var isArray = schema.Type is { } type && type.HasFlag(JsonSchemaType.Array);
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case StringLengthAttribute length:
                    schema.MaxLength = length.MaximumLength;
                    schema.MinLength = length.MinimumLength > 0 ? length.MinimumLength : schema.MinLength;
                    break;
                case MaxLengthAttribute max when isArray:
                    schema.MaxItems = max.Length;
                    break;
                case MaxLengthAttribute max:
                    schema.MaxLength = max.Length;
                    break;
                case MinLengthAttribute min when isArray:
                    schema.MinItems = min.Length;
                    break;
                case MinLengthAttribute min:
                    schema.MinLength = min.Length;
                    break;
                case AllowedValuesAttribute allowed:
                    schema.Enum = [.. allowed.Values.Select(value => (JsonNode)JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture))!)];
                    break;
                case RangeAttribute range:
                    schema.Minimum = Convert.ToString(range.Minimum, CultureInfo.InvariantCulture);
                    // Range(0, long.MaxValue) only means "not negative": a bound that large is no limit to publish.
                    schema.Maximum = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture) >= int.MaxValue
                        ? null
                        : Convert.ToString(range.Maximum, CultureInfo.InvariantCulture);
                    break;
            }
        }
    }
}

using System.Text.Json.Nodes;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>Renames a path item's path parameters from one template to another of the same shape, by position.</summary>
public static class OpenApiPathParameters
{
    public static void Rename(JsonObject pathItem, string fromPath, string toPath)
    {
        var from = OpenApiPathTemplate.ParameterNames(fromPath);
        var to = OpenApiPathTemplate.ParameterNames(toPath);
        if (from.Count != to.Count || from.SequenceEqual(to))
        {
            return;
        }

        var names = from.Zip(to).ToDictionary(pair => pair.First, pair => pair.Second);
        Rename(pathItem["parameters"] as JsonArray, names);
        foreach (var (_, operation) in pathItem)
        {
            Rename(operation?["parameters"] as JsonArray, names);
        }
    }

    private static void Rename(JsonArray? parameters, Dictionary<string, string> names)
    {
        foreach (var parameter in parameters?.OfType<JsonObject>() ?? [])
        {
            if (parameter["in"]?.GetValue<string>() == "path"
                && parameter["name"]?.GetValue<string>() is { } name
                && names.TryGetValue(name, out var renamed))
            {
                parameter["name"] = renamed;
            }
        }
    }
}

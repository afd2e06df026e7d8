using System.Text.RegularExpressions;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>OpenAPI path templates: their parameters and their shape (the template with parameter names erased).</summary>
public static partial class OpenApiPathTemplate
{
    public static IReadOnlyList<string> ParameterNames(string path) =>
        Parameter().Matches(path).Select(match => match.Groups[1].Value).ToArray();

    /// <summary><c>/sessions/{id}/participants/{userId}</c> and <c>/sessions/{id}/participants/{user_id}</c> share a shape.</summary>
    public static string Shape(string path) => Parameter().Replace(path.TrimEnd('/'), "{}").ToLowerInvariant();

    /// <summary>Only the API clients reach through the gateway is published; health and internal endpoints are not.</summary>
    public static bool IsPublic(string path) =>
        path.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith("/.well-known/", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}

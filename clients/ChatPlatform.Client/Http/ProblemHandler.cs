using System.Net;
using System.Text.Json;

namespace ChatPlatform.Client.Http;

/// <summary>
/// Turns every answer that is not a success into a <see cref="ChatPlatformProblemException"/> read from its
/// problem+json body (code, detail, trace_id, errors) and Retry-After, before the generated client sees it.
/// </summary>
public sealed class ProblemHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.SwitchingProtocols)
        {
            return response;
        }
        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            throw Problem(response, body);
        }
    }

    public static ChatPlatformProblemException Problem(HttpResponseMessage response, byte[] body)
    {
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                return new ChatPlatformProblemException(
                    response.StatusCode, Text(root, "code"), Text(root, "title"), Text(root, "detail"), Text(root, "trace_id"), Errors(root), retryAfter);
            }
        }
        catch (JsonException)
        {
        }
        return new ChatPlatformProblemException(response.StatusCode, null, response.ReasonPhrase, null, null, null, retryAfter);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string[]>? Errors(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        return errors.EnumerateObject().ToDictionary(
            field => field.Name,
            field => field.Value.ValueKind == JsonValueKind.Array
                ? field.Value.EnumerateArray().Select(message => message.ToString()).ToArray()
                : [field.Value.ToString()]);
    }
}

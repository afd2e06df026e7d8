using System.Text.Json.Nodes;
using ServiceProblemSchema = ChatPlatform.ServiceDefaults.OpenApi.ProblemSchema;

namespace ChatPlatform.Gateway.OpenApi;

/// <summary>
/// What the gateway itself answers on every operation it forwards, added to the merged document as shared
/// <c>components/responses</c>: 429 from its rate limits, 503 when the owning service is down or not deployed, 504 when
/// it does not answer in time, 413 for a body over the request limit, 401 on every chat route (the gateway checks the token).
/// </summary>
public static class GatewayResponses
{
    private const string ResponsesRef = "#/components/responses/";

    private static readonly (string Status, string Name, string Description, bool RetryAfter)[] Always =
    [
        ("429", "RateLimited", "Too many requests from this user or address (rate_limited); Retry-After says when to try again.", true),
        ("503", "ServiceUnavailable", "The service behind this operation is down or not deployed (service_unavailable).", true),
        ("504", "GatewayTimeout", "The service behind this operation did not answer in time (service_unavailable).", false),
    ];

    private static readonly (string Status, string Name, string Description, bool RetryAfter) Unauthorized =
        ("401", "Unauthorized", "No access token, or an expired, forged or unreadable one (unauthorized); WWW-Authenticate says which.", false);

    private static readonly (string Status, string Name, string Description, bool RetryAfter) TooLarge =
        ("413", "PayloadTooLarge", "The request body is over the gateway's limit (payload_too_large).", false);

    private static readonly (string Status, string Name, string Description, bool RetryAfter) Unreadable =
        ("400", "UnreadableBody", "The request body could not be read (validation_failed).", false);

    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch"];

    public static void Add(JsonObject document)
    {
        var components = document["components"] as JsonObject ?? (JsonObject)(document["components"] = new JsonObject());
        var shared = components["responses"] as JsonObject ?? (JsonObject)(components["responses"] = new JsonObject());
        foreach (var response in Always.Append(Unauthorized).Append(TooLarge).Append(Unreadable))
        {
            shared[response.Name] = Response(response.Description, response.RetryAfter);
        }

        foreach (var (path, item) in document["paths"] as JsonObject ?? [])
        {
            foreach (var (method, node) in item as JsonObject ?? [])
            {
                if (!Methods.Contains(method) || node is not JsonObject operation)
                {
                    continue;
                }
                var responses = operation["responses"] as JsonObject ?? (JsonObject)(operation["responses"] = new JsonObject());
                var added = Always.ToList();
                if (path.StartsWith("/api/v1/chat/", StringComparison.Ordinal))
                {
                    added.Add(Unauthorized);
                }
                if (operation.ContainsKey("requestBody"))
                {
                    added.Add(TooLarge);
                    added.Add(Unreadable);
                }
                foreach (var response in added.Where(response => !responses.ContainsKey(response.Status)))
                {
                    responses[response.Status] = new JsonObject { ["$ref"] = ResponsesRef + response.Name };
                }
            }
        }
    }

    private static JsonObject Response(string description, bool retryAfter)
    {
        var response = new JsonObject
        {
            ["description"] = description,
            ["content"] = new JsonObject
            {
                [ServiceProblemSchema.ContentType] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + ProblemSchema.Name } },
            },
        };
        if (retryAfter)
        {
            response["headers"] = new JsonObject
            {
                ["Retry-After"] = new JsonObject
                {
                    ["description"] = "Seconds to wait before trying again.",
                    ["schema"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
                },
            };
        }
        return response;
    }
}

using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Contract;

/// <summary>
/// The gateway's <c>/openapi.json</c> once every service's own description is in it. The gateway skips a service whose
/// document does not come within its fetch timeout (a cold service on a busy machine) and serves the contract's
/// planned entry for its operations until a later rebuild (every <c>OpenApi:CacheSeconds</c>) gets it, so this asks
/// again until no planned entry is left.
/// </summary>
public static class ServedDocument
{
    /// <summary>How the gateway's planned operations describe themselves (gateway/OpenApi/PlannedOpenApiDocument.cs).</summary>
    private const string PlannedMarker = "As the API contract states it";

    public static async Task<string> GetCompleteAsync(PlatformFixture platform)
    {
        using var client = platform.CreateClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var text = await client.GetStringAsync("/openapi.json");
            var planned = Planned(JsonNode.Parse(text)!.AsObject()).ToList();
            if (planned.Count == 0)
            {
                return text;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"/openapi.json still has the planned entries of {string.Join(", ", planned)}: a service never served its document.");
            }
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
    }

    private static IEnumerable<string> Planned(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(item => item.Value?["description"]?.GetValue<string>()?.StartsWith(PlannedMarker, StringComparison.Ordinal) == true)
            .Select(item => $"{item.Key.ToUpperInvariant()} {path.Key}"));
}

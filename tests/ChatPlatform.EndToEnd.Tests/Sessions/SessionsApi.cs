using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Sessions;

/// <summary>Client calls to the Sessions API through the gateway, shared by the session tests.</summary>
internal static class SessionsApi
{
    public const string SessionsPath = "/api/v1/chat/sessions";
    public const string RoomsPath = "/api/v1/chat/rooms";

    public static async Task<JsonObject> CreateSessionAsync(this TestUser user, string title, string? kind = null, params Guid[] participants)
    {
        var response = await user.Http.PostAsJsonAsync(SessionsPath, new { title, kind, participant_ids = participants });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> CreateRoomAsync(this TestUser user, string name, bool isPrivate = false)
    {
        var response = await user.Http.PostAsJsonAsync(RoomsPath, new { name, description = $"About {name}", is_private = isPrivate });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> GetJsonAsync(this TestUser user, string path)
    {
        var response = await user.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static string Id(this JsonNode node) => node["id"]!.GetValue<string>();

    public static List<Guid> Guids(this JsonNode node, string field) =>
        node[field]!.AsArray().Select(id => Guid.Parse(id!.GetValue<string>())).ToList();

    public static List<string> Ids(this JsonObject page) =>
        page["items"]!.AsArray().Select(item => item!.Id()).ToList();
}

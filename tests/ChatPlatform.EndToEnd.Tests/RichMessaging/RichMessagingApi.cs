using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.RichMessaging;

/// <summary>Client calls for edits, deletes, reactions, search and blocks through the gateway.</summary>
internal static class RichMessagingApi
{
    public static string MessagePath(string messageId) => $"/api/v1/chat/messages/{messageId}";

    public static Task<HttpResponseMessage> EditAsync(this TestUser user, string messageId, string content) =>
        user.Http.PatchAsJsonAsync(MessagePath(messageId), new { content });

    public static Task<HttpResponseMessage> DeleteMessageAsync(this TestUser user, string messageId) =>
        user.Http.DeleteAsync(MessagePath(messageId));

    public static Task<HttpResponseMessage> ReactAsync(this TestUser user, string messageId, string emoji) =>
        user.Http.PostAsJsonAsync($"{MessagePath(messageId)}/reactions", new { emoji });

    public static Task<HttpResponseMessage> UnreactAsync(this TestUser user, string messageId, string emoji) =>
        user.Http.DeleteAsync($"{MessagePath(messageId)}/reactions/{Uri.EscapeDataString(emoji)}");

    public static Task<HttpResponseMessage> SearchAsync(this TestUser user, string q, string? sessionId = null) =>
        user.Http.GetAsync($"/api/v1/chat/search?q={Uri.EscapeDataString(q)}" + (sessionId is null ? "" : $"&session_id={sessionId}"));

    public static async Task BlockAsync(this TestUser user, Guid userId)
    {
        var response = await user.Http.PostAsJsonAsync("/api/v1/chat/block", new { user_id = userId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task UnblockAsync(this TestUser user, Guid userId)
    {
        var response = await user.Http.PostAsJsonAsync("/api/v1/chat/unblock", new { user_id = userId });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonObject> BodyAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static List<string> Contents(this JsonObject page) =>
        page["items"]!.AsArray().Select(item => item!["content"]!.GetValue<string>()).ToList();

    public static string? Event(this JsonNode message) => message["metadata"]?["event"]?.GetValue<string>();
}

using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Messages;

/// <summary>Client calls to the Messages API through the gateway, shared by the message tests.</summary>
internal static class MessagesApi
{
    public static readonly string[] MessageFields =
    [
        "id", "chat_session_id", "user_id", "message_type", "content", "client_message_id", "seq", "timestamp",
        "edited_at", "deleted", "reply_to_id", "mentions", "attachments", "metadata", "reactions",
    ];

    public static string MessagesPath(string sessionId) => $"/api/v1/chat/sessions/{sessionId}/messages";

    public static Task<HttpResponseMessage> PostMessageAsync(this TestUser user, string sessionId, object body) =>
        user.Http.PostAsJsonAsync(MessagesPath(sessionId), body);

    public static async Task<JsonObject> SendAsync(this TestUser user, string sessionId, string content, string? clientMessageId = null)
    {
        var response = await user.PostMessageAsync(sessionId, new { message_type = "text", content, client_message_id = clientMessageId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonObject> HistoryAsync(this TestUser user, string sessionId, string query = "")
    {
        var response = await user.Http.GetAsync(MessagesPath(sessionId) + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<HttpResponseMessage> MarkReadAsync(this TestUser user, string sessionId, object body) =>
        user.Http.PostAsJsonAsync($"/api/v1/chat/sessions/{sessionId}/mark-read", body);

    public static List<long> Seqs(this JsonObject page) =>
        page["items"]!.AsArray().Select(item => item!["seq"]!.GetValue<long>()).ToList();

    public static string? NextCursor(this JsonObject page) => page["next_cursor"]?.GetValue<string>();

    /// <summary>Retries <paramref name="probe"/> until it returns a value: for effects that travel over the bus.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }
            await Task.Delay(100);
        }
    }
}

using System.Net.Http.Headers;
using ChatPlatform.EndToEnd.Tests.Infrastructure;

namespace ChatPlatform.EndToEnd.Tests.Presence;

/// <summary>WebSocket and Presence REST calls through the gateway, shared by the presence tests.</summary>
internal static class PresenceClient
{
    public static string SessionSocket(string sessionId, TestUser user, long? sinceSeq = null) =>
        $"/api/v1/chat/ws/{sessionId}?token={user.AccessToken}" + (sinceSeq is { } since ? $"&since_seq={since}" : string.Empty);

    public static string AllSessionsSocket(TestUser user) => $"/api/v1/chat/ws?token={user.AccessToken}";

    public static Task<ChatSocket> ConnectAsync(this PlatformFixture platform, string pathAndQuery) =>
        ChatSocket.ConnectAsync(platform, pathAndQuery);

    public static string Type(this JsonObject frame) => frame["message_type"]!.GetValue<string>();

    public static long Seq(this JsonObject frame) => frame["seq"]!.GetValue<long>();

    public static string? Str(this JsonObject frame, string field) => frame[field]?.GetValue<string>();

    /// <summary>A stored message (not an ack, error or other control frame) with the given content.</summary>
    public static Task<JsonObject> WaitForMessageAsync(this ChatSocket socket, string content, TimeSpan? wait = null) =>
        socket.WaitForAsync(frame => frame["seq"] is not null && frame.Type() != "ack" && frame.Str("content") == content, wait);

    public static Task<JsonObject> WaitForAckAsync(this ChatSocket socket, string clientMessageId) =>
        socket.WaitForAsync(frame => frame.Type() == "ack" && frame.Str("client_message_id") == clientMessageId);

    public static Task SendTextAsync(this ChatSocket socket, string content, string? clientMessageId = null, string? sessionId = null) =>
        socket.SendAsync(new Dictionary<string, object?>
        {
            ["message_type"] = "text",
            ["content"] = content,
            ["client_message_id"] = clientMessageId,
            ["chat_session_id"] = sessionId,
        }.Where(pair => pair.Value is not null).ToDictionary());

    /// <summary>Round-trips a ping: every frame the server queued before the pong has arrived by then.</summary>
    public static async Task PingAsync(this ChatSocket socket)
    {
        await socket.SendAsync(new { message_type = "ping" });
        await socket.WaitForTypeAsync("pong");
    }

    /// <summary>A WebSocket handshake made with HttpClient, to read a refusal's status and problem+json body (a 101 is left unread).</summary>
    public static async Task<HttpResponseMessage> HandshakeAsync(this PlatformFixture platform, string pathAndQuery, string? bearer = null)
    {
        using var client = platform.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.Add("Sec-WebSocket-Version", "13");
        request.Headers.Add("Sec-WebSocket-Key", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.SwitchingProtocols)
        {
            await response.Content.LoadIntoBufferAsync();
        }
        return response;
    }

    public static Task<TestUser> AdminAsync(this PlatformFixture platform) =>
        TestUser.LoginAsync(platform, platform.AdminEmail, platform.AdminPassword);

    public static async Task<JsonObject> WsStatsAsync(this TestUser admin)
    {
        var response = await admin.Http.GetAsync("/api/v1/chat/ws-stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>
    /// Opens sockets until one lands on a Presence replica that <paramref name="accept"/> takes (any, by default),
    /// telling replicas apart by the per-instance connection counts of ws-stats (tests of this collection run one at a
    /// time). Every socket opened is added to <paramref name="open"/> for the caller to close.
    /// </summary>
    public static async Task<(ChatSocket Socket, string Instance)> ConnectOnReplicaAsync(
        this PlatformFixture platform, TestUser admin, string path, List<ChatSocket> open, Func<string, bool>? accept = null)
    {
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var before = (await admin.WsStatsAsync()).ConnectionsPerInstance();
            var socket = await platform.ConnectAsync(path);
            open.Add(socket);
            var after = (await admin.WsStatsAsync()).ConnectionsPerInstance();
            var grown = after.Where(pair => pair.Value == before.GetValueOrDefault(pair.Key) + 1).Select(pair => pair.Key).ToList();
            var unchanged = after.Count(pair => pair.Value == before.GetValueOrDefault(pair.Key));
            if (grown.Count == 1 && unchanged == after.Count - 1 && (accept?.Invoke(grown[0]) ?? true))
            {
                return (socket, grown[0]);
            }
        }
        throw new InvalidOperationException("Sixteen sockets in a row landed on the wrong presence replica (or the counts kept moving).");
    }

    /// <summary>Open sockets per Presence replica, from ws-stats.</summary>
    public static Dictionary<string, long> ConnectionsPerInstance(this JsonObject stats) =>
        stats["instances"]!.AsObject().ToDictionary(pair => pair.Key, pair => pair.Value!["connections"]!.GetValue<long>());
}

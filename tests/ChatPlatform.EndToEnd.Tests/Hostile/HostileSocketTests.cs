using System.Net.WebSockets;
using System.Text;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// Thousands of random frames at the chat WebSocket through the gateway: the server answers with error frames or
/// closes the socket with a protocol close code, never falls over, and every message acknowledged in between is
/// stored exactly once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileSocketTests(PlatformFixture platform)
{
    private const int FrameCount = 3000;

    private static readonly WebSocketCloseStatus[] AcceptableCloses =
    [
        WebSocketCloseStatus.InvalidPayloadData, WebSocketCloseStatus.InvalidMessageType, WebSocketCloseStatus.MessageTooBig,
        WebSocketCloseStatus.PolicyViolation, WebSocketCloseStatus.ProtocolError, (WebSocketCloseStatus)4429,
    ];

    [Fact]
    public async Task Random_frames_never_take_the_service_down_and_acknowledged_messages_survive()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var context = await HostileContext.CreateAsync(platform);
        var fuzzer = await TestUser.RegisterAsync(platform, "fuzzer");
        Assert.Equal(HttpStatusCode.Created, (await context.Caller.Http.PostAsJsonAsync(
            $"/api/v1/chat/sessions/{context.SessionId}/participants", new { user_id = fuzzer.Id })).StatusCode);

        var acknowledged = new List<string>();
        var reconnects = 0;
        var socket = await platform.ConnectAsync(SessionSocket(context.SessionId, fuzzer));
        try
        {
            for (var index = 0; index < FrameCount; index++)
            {
                if (socket.State != WebSocketState.Open)
                {
                    Assert.Contains(socket.CloseStatus ?? WebSocketCloseStatus.Empty, AcceptableCloses);
                    await socket.DisposeAsync();
                    socket = await platform.ConnectAsync(SessionSocket(context.SessionId, fuzzer));
                    reconnects++;
                }
                try
                {
                    await SendRandomFrameAsync(socket, random);
                    if (index % 50 == 49)
                    {
                        // Read what the server answered so far, as a real client would, before sending more.
                        await socket.PingAsync();
                    }
                    if (index % 300 == 299)
                    {
                        acknowledged.Add(await SendAcknowledgedAsync(socket, $"ack-{seed}-{index}"));
                    }
                }
                catch (WebSocketException)
                {
                    // The server closed the socket under us (a frame it refuses to read): reconnect on the next turn.
                    await socket.WaitForCloseAsync(TimeSpan.FromSeconds(5));
                }
            }
        }
        finally
        {
            await socket.DisposeAsync();
        }

        // The platform still works for everyone, over WebSocket and REST, and nothing acknowledged is missing.
        await using var fresh = await platform.ConnectAsync(SessionSocket(context.SessionId, fuzzer));
        var last = await SendAcknowledgedAsync(fresh, $"after-storm-{seed}");
        await context.AssertStillWorkingAsync();
        var history = await context.Caller.HistoryAsync(context.SessionId, "?after_seq=0&limit=200");
        var stored = history["items"]!.AsArray()
            .Select(item => item!["client_message_id"]?.GetValue<string>())
            .Where(id => id is not null && (id.StartsWith($"ack-{seed}-", StringComparison.Ordinal) || id == $"after-storm-{seed}"))
            .ToList();
        Assert.Equal([.. acknowledged, last], stored);
        Assert.True(reconnects < FrameCount, $"seed {seed}: {reconnects} reconnects");
    }

    private static async Task<string> SendAcknowledgedAsync(ChatSocket socket, string clientMessageId)
    {
        for (var attempt = 0; ; attempt++)
        {
            await socket.SendTextAsync($"probe {clientMessageId}", clientMessageId);
            var answer = await socket.WaitForAsync(frame =>
                frame.Str("client_message_id") == clientMessageId && frame.Type() is "ack" or "error");
            if (answer.Type() == "ack")
            {
                return clientMessageId;
            }
            Assert.Equal("rate_limited", answer.Str("code"));
            Assert.True(attempt < 20, "still rate limited after 20 attempts");
            await Task.Delay(answer["retry_after_ms"]?.GetValue<int>() ?? 500);
        }
    }

    private static Task SendRandomFrameAsync(ChatSocket socket, Random random) => random.Next(8) switch
    {
        0 => socket.SendTextAsync(RandomJunk(random)),
        1 => socket.SendTextAsync(RandomJsonObject(random)),
        2 => socket.SendTextAsync("{\"message_type\":\"" + RandomWord(random) + "\"}"),
        3 => socket.SendAsync(new { message_type = "read", up_to_seq = random.NextInt64(long.MinValue, long.MaxValue) }),
        4 => socket.SendAsync(new { message_type = "typing", is_typing = RandomWord(random) }),
        5 => socket.SendAsync(new { message_type = "text", content = random.Next(), reply_to_id = RandomWord(random), attachment_ids = RandomWord(random) }),
        6 => socket.SendTextAsync("{\"message_type\":\"subscribe\",\"chat_session_id\":\"" + Guid.NewGuid() + "\",\"since_seq\":-1}"),
        _ => socket.SendTextAsync(new string('{', random.Next(1, 200)) + new string('"', random.Next(0, 5))),
    };

    private static string RandomJunk(Random random)
    {
        var length = random.Next(1, 512);
        var builder = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            builder.Append((char)random.Next(0x20, 0xD7FF));
        }
        return builder.ToString();
    }

    private static string RandomJsonObject(Random random)
    {
        var values = new object?[] { null, true, random.Next(), random.NextDouble(), RandomWord(random), new[] { 1, 2 }, new { nested = RandomWord(random) } };
        var fields = new Dictionary<string, object?>();
        for (var index = random.Next(0, 6); index > 0; index--)
        {
            var name = random.Next(3) == 0 ? "message_type" : RandomWord(random);
            fields[name] = values[random.Next(values.Length)];
        }
        return JsonSerializer.Serialize(fields);
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
}

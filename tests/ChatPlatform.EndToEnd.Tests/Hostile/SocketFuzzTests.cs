using System.Globalization;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using Xunit.Abstractions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile frames at the chat WebSocket through the gateway: each gets an error frame (or the 1007/1009 close it asks
/// for), no socket drops (1006) or fails (1011), every socket still answers a ping and a send afterwards, and nothing
/// the fuzz sent is stored. The frames come from a seed, printed, so a failure can be replayed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SocketFuzzTests(PlatformFixture platform, ITestOutputHelper output)
{
    private const int FrameCount = 360;
    private const int DefaultSeed = 13_2026;
    private const string SeedVariable = "CHATPLATFORM_FUZZ_SEED";

    [Fact]
    public async Task Seeded_random_frames_are_refused_without_dropping_a_socket_or_storing_anything()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen) ? chosen : DefaultSeed;
        output.WriteLine($"fuzz seed {seed} ({SeedVariable}={seed} replays these frames)");
        var context = await HostileContext.CreateAsync(platform);
        var fuzzer = await context.AddParticipantAsync(platform, "fuzzer");
        var storedBefore = await StoredClientMessageIdsAsync(context);
        var frames = new FrameFuzzer(seed, context.SessionId);
        await using var single = new FuzzedSocket(platform, SessionSocket(context.SessionId, fuzzer), $"seed {seed}, session socket");
        await using var all = new FuzzedSocket(platform, AllSessionsSocket(fuzzer), $"seed {seed}, all-sessions socket");
        await single.ConnectAsync();
        await all.ConnectAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var index = 0; index < FrameCount; index++)
        {
            await (index % 2 == 0 ? single : all).SendAsync(frames.Next());
        }
        await single.CheckBatchAsync();
        await all.CheckBatchAsync();
        output.WriteLine($"{FrameCount} frames in {clock.Elapsed.TotalSeconds:F1} s: {single.ErrorFrames + all.ErrorFrames} error frames, " +
            $"{single.Reconnects + all.Reconnects} documented closes (1007/1009), {single.RateLimitedPauses + all.RateLimitedPauses} pauses for rate_limited");

        var afterSingle = $"after-fuzz-{seed}-single";
        var afterAll = $"after-fuzz-{seed}-all";
        await single.Socket.PingAsync();
        await all.Socket.PingAsync();
        await SendUntilAcknowledgedAsync(single.Socket, afterSingle);
        await SendUntilAcknowledgedAsync(all.Socket, afterAll, context.SessionId);
        Assert.Equal([.. storedBefore, afterSingle, afterAll], await StoredClientMessageIdsAsync(context));
        await context.AssertStillWorkingAsync();
    }

    [Theory]
    [InlineData("""{"message_type":"text","content":"a\ud800b","client_message_id":"cut-emoji"}""")]
    [InlineData("""{"message_type":"\ud800"}""")]
    [InlineData("""{"message_type":"text","content":"x","chat_session_id":"\udc00"}""")]
    public async Task A_lone_surrogate_escape_gets_an_error_frame_and_the_socket_keeps_serving(string frame)
    {
        var context = await HostileContext.CreateAsync(platform);
        var storedBefore = await StoredClientMessageIdsAsync(context);
        await using var socket = await platform.ConnectAsync(SessionSocket(context.SessionId, context.Caller));

        await socket.SendTextAsync(frame);
        var error = await socket.WaitForTypeAsync("error");
        await socket.SendTextAsync("after the surrogate", "after-surrogate");
        await socket.WaitForAckAsync("after-surrogate");

        Assert.Equal("validation_failed", error.Str("code"));
        Assert.Contains("lone surrogate", error.Str("detail"));
        Assert.Equal(frame.Contains("cut-emoji") ? "cut-emoji" : null, error.Str("client_message_id"));
        Assert.Equal([.. storedBefore, "after-surrogate"], await StoredClientMessageIdsAsync(context));
    }

    [Fact]
    public async Task Metadata_with_a_lone_surrogate_is_refused_over_the_socket_and_over_rest_and_stores_nothing()
    {
        var context = await HostileContext.CreateAsync(platform);
        var storedBefore = await StoredClientMessageIdsAsync(context);
        await using var socket = await platform.ConnectAsync(SessionSocket(context.SessionId, context.Caller));

        await socket.SendTextAsync("""{"message_type":"text","content":"x","client_message_id":"meta-ws","metadata":{"k":"\ud800"}}""");
        var error = await socket.WaitForAsync(frame => frame.Type() == "error" && frame.Str("client_message_id") == "meta-ws");
        var rest = await context.Caller.Http.PostAsync(MessagesApi.MessagesPath(context.SessionId), new StringContent(
            """{"message_type":"text","content":"x","client_message_id":"meta-rest","metadata":{"\udc00":1}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("validation_failed", error.Str("code"));
        var problem = await ProblemAssert.IsProblemAsync(rest, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull(problem["errors"]?["metadata"]);
        Assert.Equal(storedBefore, await StoredClientMessageIdsAsync(context));
    }

    /// <summary>A valid send, resent after <c>retry_after_ms</c> while the fuzz's refused sends have the user's send bucket empty.</summary>
    private static async Task SendUntilAcknowledgedAsync(ChatSocket socket, string clientMessageId, string? sessionId = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            await socket.SendTextAsync("still answering", clientMessageId, sessionId);
            var answer = await socket.WaitForAsync(frame => frame.Str("client_message_id") == clientMessageId && frame.Type() is "ack" or "error");
            if (answer.Type() == "ack")
            {
                return;
            }
            Assert.True(answer.Str("code") == "rate_limited" && attempt < 10, $"{clientMessageId} was answered with {answer.ToJsonString()}");
            await Task.Delay(answer["retry_after_ms"]?.GetValue<int>() ?? 500);
        }
    }

    private static async Task<List<string?>> StoredClientMessageIdsAsync(HostileContext context)
    {
        var history = await context.Caller.HistoryAsync(context.SessionId, "?after_seq=0&limit=200");
        return [.. history["items"]!.AsArray().Select(item => item!["client_message_id"]?.GetValue<string>())];
    }
}

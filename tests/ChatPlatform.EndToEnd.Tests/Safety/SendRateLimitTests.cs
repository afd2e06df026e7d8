using System.Diagnostics;
using System.Net.WebSockets;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using ChatPlatform.EndToEnd.Tests.Messages;
using ChatPlatform.EndToEnd.Tests.Presence;
using ChatPlatform.EndToEnd.Tests.Sessions;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Safety;

/// <summary>The per-user send rate limit (SPEC.md section 5: 10 messages/s, burst 20), one bucket for REST and WebSocket.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SendRateLimitTests(PlatformFixture platform)
{
    private const int Burst = 20;

    /// <summary>What the bucket can let through in <paramref name="elapsed"/>: the burst plus 10 per second (one more for rounding).</summary>
    private static int MaxAllowed(TimeSpan elapsed) => Burst + (int)Math.Ceiling(10 * elapsed.TotalSeconds) + 1;

    /// <summary>Keeps the user's bucket empty with REST sends until cancelled.</summary>
    private static Task DrainAsync(TestUser user, string session, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var index = 0; !stop.IsCancellationRequested; index++)
            {
                using var response = await user.PostMessageAsync(session, new { message_type = "text", content = "drain", client_message_id = $"drain-{worker}-{index}-{Guid.NewGuid():N}" });
            }
        })));

    [Fact]
    public async Task A_rest_flood_gets_429_rate_limited_with_Retry_After_and_the_websocket_shares_the_bucket()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Flood", "group")).Id();
        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 3 * Burst).Select(index =>
            alice.PostMessageAsync(session, new { message_type = "text", content = $"flood {index}", client_message_id = $"flood-{index}" })));
        var elapsed = clock.Elapsed;

        var stored = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.NotEmpty(refused);
        Assert.InRange(stored.Count, Burst, MaxAllowed(elapsed));
        foreach (var response in refused)
        {
            Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests,
                $"Expected 429, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.TooManyRequests, "rate_limited");
            Assert.InRange(response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        }

        // The socket's sends draw on the same bucket: while REST keeps it empty, they are refused.
        var answers = new List<JsonObject>();
        using (var drain = new CancellationTokenSource())
        {
            var draining = DrainAsync(alice, session, drain.Token);
            for (var index = 0; index < 5; index++)
            {
                await socket.SendTextAsync($"over the socket {index}", $"flood-ws-{index}");
                await Task.Delay(50);
            }
            for (var index = 0; index < 5; index++)
            {
                answers.Add(await socket.WaitForAsync(frame => frame.Type() is "ack" or "error" && frame.Str("client_message_id") == $"flood-ws-{index}", TimeSpan.FromSeconds(30)));
            }
            drain.Cancel();
            await draining;
        }
        var wsRefused = answers.Where(frame => frame.Type() == "error").ToList();
        Assert.NotEmpty(wsRefused);
        Assert.All(wsRefused, frame =>
        {
            Assert.Equal("rate_limited", frame.Str("code"));
            Assert.InRange(frame["retry_after_ms"]!.GetValue<int>(), 1, 1000);
        });

        // A resend of a stored client_message_id is answered from the store, even with the bucket empty.
        var storedClientId = (await stored[0].Content.ReadFromJsonAsync<JsonObject>())!["client_message_id"]!.GetValue<string>();
        var resend = await alice.PostMessageAsync(session, new { message_type = "text", content = "again", client_message_id = storedClientId });
        Assert.Equal(HttpStatusCode.Created, resend.StatusCode);

        await Task.Delay(refused[0].Headers.RetryAfter!.Delta!.Value);
        await alice.SendAsync(session, "after waiting", "flood-after");
    }

    [Fact]
    public async Task A_websocket_flood_gets_rate_limited_error_frames_then_close_4429()
    {
        var alice = await TestUser.RegisterAsync(platform, "alice");
        var session = (await alice.CreateSessionAsync("Socket flood", "group")).Id();
        await using var socket = await platform.ConnectAsync(SessionSocket(session, alice));

        // A client that keeps sending into the limit (20 frames/s and at most 150 frames: under the frame limit of
        // 50/s with a burst of 200, so only the rate_limited answers can close it), while REST sends of the same user
        // keep the bucket empty however slowly this machine serves the socket.
        using (var drain = new CancellationTokenSource())
        {
            var draining = DrainAsync(alice, session, drain.Token);
            for (var sent = 0; sent < 150 && socket.State == WebSocketState.Open; sent++)
            {
                try
                {
                    await socket.SendTextAsync($"flood {sent}", $"ws-flood-{sent}");
                }
                catch (WebSocketException)
                {
                    break;
                }
                await Task.Delay(50);
            }
            Assert.Equal((WebSocketCloseStatus)4429, await socket.WaitForCloseAsync(TimeSpan.FromSeconds(30)));
            drain.Cancel();
            await draining;
        }

        var acks = socket.Received.Count(frame => frame.Type() == "ack");
        var limited = socket.Received.Where(frame => frame.Type() == "error").ToList();
        Assert.True(limited.Count > 10, $"{limited.Count} error frames and {acks} acks before the close");
        Assert.All(limited, frame =>
        {
            Assert.Equal("rate_limited", frame.Str("code"));
            Assert.StartsWith("ws-flood-", frame.Str("client_message_id"));
            Assert.True(frame["retry_after_ms"]!.GetValue<int>() > 0);
        });
    }
}

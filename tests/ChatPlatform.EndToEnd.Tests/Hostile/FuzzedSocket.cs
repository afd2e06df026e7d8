using System.Net.WebSockets;
using ChatPlatform.EndToEnd.Tests.Infrastructure;
using static ChatPlatform.EndToEnd.Tests.Presence.PresenceClient;

namespace ChatPlatform.EndToEnd.Tests.Hostile;

/// <summary>
/// A chat socket under fuzzing. Frames go out in batches; after each batch a marker frame must be answered (a send
/// without content, refused with its unique client_message_id; a ping would not do, since fuzzed pings get pongs
/// too), and by then every answer to the batch has arrived (a socket's frames are handled in order), so the answers
/// are checked per batch: an error frame with a refusal code for each frame that must be refused, never an ack, and never a close
/// other than the 1007 or 1009 a frame asks for. Paced under the server's frame limit (50/s, burst 200) so that no
/// 4429 can come from the test's own speed.
/// </summary>
internal sealed class FuzzedSocket(PlatformFixture platform, string path, string failurePrefix) : IAsyncDisposable
{
    private const int BatchSize = 8;
    private static readonly HashSet<string?> RefusalCodes = ["validation_failed", "not_found", "rate_limited"];

    private readonly List<FuzzFrame> batch = [];
    private SendPacer pacer = new(burst: 150, perSecond: 40);
    private ChatSocket? socket;
    private int markers;

    public ChatSocket Socket => socket ?? throw new InvalidOperationException("Not connected.");

    public int Reconnects { get; private set; }

    public int ErrorFrames { get; private set; }

    public int RateLimitedPauses { get; private set; }

    public async Task ConnectAsync()
    {
        socket = await platform.ConnectAsync(path);
        pacer = new SendPacer(burst: 150, perSecond: 40);
    }

    public async Task SendAsync(FuzzFrame frame)
    {
        if (frame.Closes)
        {
            await CheckBatchAsync();
            await SendFrameAsync(frame);
            var expected = frame.Expectation == FuzzExpectation.Closes1007 ? WebSocketCloseStatus.InvalidPayloadData : WebSocketCloseStatus.MessageTooBig;
            var status = await Socket.WaitForCloseAsync();
            Assert.True(status == expected, $"{failurePrefix}: expected close {(int)expected}, got {Describe(status)} after {frame}");
            await Socket.DisposeAsync();
            await ConnectAsync();
            Reconnects++;
            return;
        }
        batch.Add(frame);
        await SendFrameAsync(frame);
        if (batch.Count == BatchSize)
        {
            await CheckBatchAsync();
        }
    }

    /// <summary>Waits for the answer to a marker frame, then checks what the frames sent since the last check were answered with.</summary>
    public async Task CheckBatchAsync()
    {
        await pacer.WaitAsync();
        var marker = $"marker-{++markers}";
        try
        {
            await Socket.SendAsync(new { message_type = "text", client_message_id = marker });
            await Socket.WaitForAsync(answer => answer.Type() == "error" && answer.Str("client_message_id") == marker);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            Assert.Fail($"{failurePrefix}: no answer ({exception.Message}; close {Describe(Socket.CloseStatus)}) after {string.Join(" | ", batch)}");
        }
        var answers = Socket.TakeReceived();
        var errors = answers.Where(answer => answer.Type() == "error").ToList();
        var mustRefuse = batch.Count(frame => frame.Expectation == FuzzExpectation.Error);
        var what = $"{failurePrefix}: frames {string.Join(" | ", batch)} were answered with {string.Join(", ", answers.Select(answer => answer.ToJsonString()))}";
        Assert.True(answers.All(answer => answer.Type() != "ack"), what);
        Assert.True(errors.All(error => RefusalCodes.Contains(error.Str("code")) && !string.IsNullOrEmpty(error.Str("detail"))), what);
        Assert.True(errors.Count >= mustRefuse && errors.Count <= batch.Count, $"{mustRefuse} to {batch.Count} error frames expected. {what}");
        ErrorFrames += errors.Count;
        batch.Clear();
        if (errors.Any(error => error.Str("code") == "rate_limited"))
        {
            // As a client should: wait for the send bucket to refill rather than collect strikes towards 4429.
            RateLimitedPauses++;
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private async Task SendFrameAsync(FuzzFrame frame)
    {
        try
        {
            await SendFragmentsAsync(frame);
        }
        catch (WebSocketException exception)
        {
            Assert.Fail($"{failurePrefix}: the socket is gone ({exception.Message}; close {Describe(Socket.CloseStatus)}) sending {frame}, after {string.Join(" | ", batch)}");
        }
    }

    private async Task SendFragmentsAsync(FuzzFrame frame)
    {
        await pacer.WaitAsync();
        var bytes = frame.Bytes.AsMemory();
        var fragment = (bytes.Length + frame.Fragments - 1) / frame.Fragments;
        for (var offset = 0; offset < bytes.Length || offset == 0; offset += Math.Max(fragment, 1))
        {
            var length = Math.Min(fragment, bytes.Length - offset);
            var last = offset + length >= bytes.Length;
            await Socket.SendBytesAsync(bytes.Slice(offset, length), frame.Type, last);
            if (last)
            {
                break;
            }
        }
    }

    private static string Describe(WebSocketCloseStatus? status) => status is { } code ? ((int)code).ToString() : "1006 (no close frame)";

    public async ValueTask DisposeAsync()
    {
        if (socket is not null)
        {
            await socket.DisposeAsync();
        }
    }
}

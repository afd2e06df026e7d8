using System.Net;
using System.Text;
using System.Text.Json;
using ChatPlatform.Bench.Http;
using ChatPlatform.Bench.Load;
using ChatPlatform.Bench.Platform;

namespace ChatPlatform.Bench.Rest;

/// <summary>
/// M2 REST: sends by concurrent senders, <c>POST /api/v1/chat/sessions/{id}/messages</c> with a unique
/// client_message_id, each user into the session it is a participant of (user i in session i mod M).
/// </summary>
public sealed class RestSendWorkload(BenchOptions options) : IHttpWorkload
{
    /// <summary>Pace users this far under the send limit, so the bucket never runs dry on timing jitter.</summary>
    private const double LimitShare = 0.9;

    private readonly string _contentJson = JsonSerializer.Serialize(Payload.Text(options.PayloadBytes));
    private IReadOnlyList<Guid> _sessions = [];

    public string Bench => "chatplatform-rest-send";

    public string Description => $"REST sends of {options.PayloadBytes} B, {options.Concurrency} senders in closed loop, {options.Users} users in "
        + $"{options.Sessions} sessions, {options.DurationSeconds:0.#} s measured after {options.WarmupSeconds:0.#} s warm-up, "
        + $"scenarios {string.Join(",", options.Scenarios).ToLowerInvariant()}";

    public string OperationUnit => "msg";

    public HttpStatusCode Expected => HttpStatusCode.Created;

    public double PerUserPerSecond => LimitShare * BenchOptions.PerUserSendLimit;

    public string PacingReason => $"the per-user send limit is {BenchOptions.PerUserSendLimit:0}/s, burst 20 (SPEC.md section 5, Messages' "
        + "SendRateLimit section); the AppHost forwards only ContentPolicy to Messages, not SendRateLimit, so a bench run cannot raise it: "
        + "every sender rotates over users of its own instead";

    public Task<string> PrepareAsync(BootedPlatform platform, TextWriter log, CancellationToken cancellationToken)
    {
        _sessions = platform.Setup!.Sessions;
        return Task.FromResult($"REST sends: POST /api/v1/chat/sessions/{{id}}/messages {{message_type:\"text\", content:<{options.PayloadBytes} B>, "
            + $"client_message_id:<unique>}} into {_sessions.Count} group sessions (user i in session i mod {_sessions.Count}).");
    }

    public HttpRequestMessage Create(BenchUser user, string tag, long sequence)
    {
        var body = $"{{\"message_type\":\"text\",\"content\":{_contentJson},\"client_message_id\":\"bench-rest-{tag}-{user.Index}-{sequence}\"}}";
        return BearerRequest.For(user, HttpMethod.Post, $"/api/v1/chat/sessions/{_sessions[user.Index % _sessions.Count]}/messages",
            new StringContent(body, Encoding.UTF8, "application/json"));
    }
}

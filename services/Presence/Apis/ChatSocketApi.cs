using System.Security.Claims;
using ChatPlatform.Presence.Application.Connections;
using ChatPlatform.Presence.Application.Membership;
using ChatPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ChatPlatform.Presence.Apis;

/// <summary>
/// The WebSocket handshakes of SPEC.md section 4. Token and membership are checked before the upgrade, so a refused
/// client gets an ordinary problem+json response (401, 404) instead of a socket.
/// </summary>
public static class ChatSocketApi
{
    private const string ProtocolDescription =
        "Upgrades to a WebSocket carrying JSON text frames (SPEC.md section 4). The token may be passed as ?token= " +
        "(browsers cannot set headers on a WebSocket). Client frames: text|image|file sends, typing, read, ping, " +
        "and on the all-sessions socket subscribe/unsubscribe with chat_session_id. Server frames: messages, ack, " +
        "typing, read_receipt, presence, system, error, pong. Close codes: 1000, 1007 (a text frame that is not UTF-8), " +
        "1008 (token expired), 1009 (frame over 64 KiB), 4429 (too many frames).";

    public static RouteGroupBuilder MapChatSocketApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/chat/ws").WithTags("Presence").RequireAuthorization();

        api.MapGet("/{session_id:guid}", ConnectToSession)
            .WithName("ConnectToSession")
            .WithSummary("WebSocket for one session; since_seq replays what came after it, then continues live")
            .WithDescription(ProtocolDescription)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("", ConnectToAllSessions)
            .WithName("ConnectToAllSessions")
            .WithSummary("WebSocket for all of the caller's sessions; every frame carries chat_session_id")
            .WithDescription(ProtocolDescription)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return api;
    }

    public static async Task<Results<ChatSocketResult, ValidationProblem, ProblemHttpResult>> ConnectToSession(
        [FromRoute(Name = "session_id")] Guid sessionId,
        [FromQuery(Name = "since_seq")] string? sinceSeq,
        [FromQuery(Name = "token")] string? token,
        ClaimsPrincipal user,
        HttpContext context,
        [AsParameters] ChatSocketServices services)
    {
        if (!SocketHandshake.TryParseSinceSeq(sinceSeq, out var since))
        {
            return Problem.Validation("since_seq", "since_seq must be a whole number, 0 or more.");
        }
        var userId = SocketHandshake.UserId(user);
        var accessToken = SocketHandshake.AccessToken(context);
        switch (await services.Membership.CheckAsync(sessionId, userId, accessToken, context.RequestAborted))
        {
            case MembershipCheck.NotMember:
                return Problem.NotFound("The session does not exist.");
            case MembershipCheck.Unavailable:
                return Unavailable();
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return NotAWebSocket();
        }
        var request = new SocketRequest(userId, accessToken, SocketHandshake.TokenExpiresAt(user), sessionId, since, SocketHandshake.IsAgent(user));
        return new ChatSocketResult(request, [sessionId]);
    }

    public static async Task<Results<ChatSocketResult, ProblemHttpResult>> ConnectToAllSessions(
        [FromQuery(Name = "token")] string? token,
        ClaimsPrincipal user,
        HttpContext context,
        [AsParameters] ChatSocketServices services)
    {
        var userId = SocketHandshake.UserId(user);
        var accessToken = SocketHandshake.AccessToken(context);
        if (await services.Membership.GetUserSessionsAsync(userId, accessToken, context.RequestAborted) is not { } sessionIds)
        {
            return Unavailable();
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return NotAWebSocket();
        }
        var request = new SocketRequest(userId, accessToken, SocketHandshake.TokenExpiresAt(user), SessionId: null, SinceSeq: null, SocketHandshake.IsAgent(user));
        return new ChatSocketResult(request, sessionIds);
    }

    private static ProblemHttpResult Unavailable() =>
        Problem.Of(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "Session membership cannot be checked right now; try again shortly.");

    private static ProblemHttpResult NotAWebSocket() =>
        Problem.Of(StatusCodes.Status400BadRequest, ErrorCodes.ValidationFailed, "This endpoint accepts WebSocket upgrade requests only.");
}

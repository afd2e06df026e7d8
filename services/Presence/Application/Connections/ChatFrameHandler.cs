using ChatPlatform.Contracts;
using ChatPlatform.Presence.Application.Delivery;
using ChatPlatform.Presence.Application.Frames;
using ChatPlatform.Presence.Application.Membership;
using ChatPlatform.Presence.Application.Sending;
using ChatPlatform.Presence.Application.Status;
using ChatPlatform.Presence.Application.Typing;
using ChatPlatform.Presence.Infrastructure.Peers;
using ChatPlatform.Presence.Rules;
using ChatPlatform.ServiceDefaults.Problems;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChatPlatform.Presence.Application.Connections;

/// <summary>
/// What each client frame does. Frames of one socket are handled one at a time, in order, so a client's sends get
/// their seqs in the order it sent them. A bad frame is answered with an error frame; the socket stays open.
/// </summary>
public sealed partial class ChatFrameHandler(
    IBus bus,
    SendBatcher messages,
    SocketSubscriptions subscriptions,
    MembershipService membership,
    TypingService typing,
    PresenceService presence,
    AgentPresenceReporter agents,
    IOptions<PresenceOptions> options,
    ILogger<ChatFrameHandler> logger)
{
    public async Task HandleAsync(ChatConnection connection, ReadOnlyMemory<byte> payload, bool isText)
    {
        if (!isText)
        {
            connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, "Frames must be JSON text frames."));
            return;
        }
        var parsed = ClientFrameParser.Parse(payload);
        if (parsed.Frame is null)
        {
            connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, parsed.Error!, parsed.ClientMessageId));
            return;
        }
        using var activity = FrameActivity.Start(parsed.Frame);
        try
        {
            await HandleFrameAsync(connection, parsed.Frame);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !connection.Closing.IsCancellationRequested)
        {
            LogFrameFailed(logger, connection.ConnectionId, exception);
            connection.TrySend(ServerFrames.Error(ErrorCode.ServiceUnavailable, "The frame could not be handled; try again.",
                (parsed.Frame as SendFrame)?.ClientMessageId, parsed.Frame.ChatSessionId));
        }
    }

    private async Task SetStatusAsync(ChatConnection connection, PresenceStatusFrame status)
    {
        await presence.SetStatusAsync(connection.UserId, status.Status);
        agents.Changed(connection);
    }

    private Task HandleFrameAsync(ChatConnection connection, ClientFrame frame)
    {
        switch (frame)
        {
            case PingFrame:
                connection.TrySend(ServerFrames.Pong);
                return Task.CompletedTask;
            case SubscribeFrame subscribe:
                return SubscribeAsync(connection, subscribe);
            case UnsubscribeFrame unsubscribe:
                if (RequireAllSessionsSocket(connection, unsubscribe) is { } sessionToLeave)
                {
                    subscriptions.Unsubscribe(connection, sessionToLeave);
                }
                return Task.CompletedTask;
            case PresenceStatusFrame status:
                return SetStatusAsync(connection, status);
        }

        if (ResolveSession(connection, frame) is not { } sessionId)
        {
            return Task.CompletedTask;
        }
        switch (frame)
        {
            case SendFrame send:
                return SendAsync(connection, sessionId, send);
            case TypingFrame typingFrame when RequireFollowed(connection, sessionId):
                typing.Update(sessionId, connection.UserId, connection.ConnectionId, typingFrame.IsTyping);
                return Task.CompletedTask;
            case ReadFrame read when RequireFollowed(connection, sessionId):
                return bus.Publish(new MarkRead(sessionId, connection.UserId, read.UpToSeq), connection.Closing);
            default:
                return Task.CompletedTask;
        }
    }

    private async Task SendAsync(ChatConnection connection, Guid sessionId, SendFrame send)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(connection.Closing);
        timeout.CancelAfter(options.Value.SendTimeout);
        SendOutcome outcome;
        try
        {
            outcome = await messages.SendAsync(sessionId, send, connection.AccessToken, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !connection.Closing.IsCancellationRequested))
        {
            LogSendUnanswered(logger, sessionId, exception);
            outcome = SendOutcome.Rejected(ErrorCodes.ServiceUnavailable, "The message service did not answer; resend with the same client_message_id.");
        }
        if (outcome.Stored)
        {
            connection.TrySend(ServerFrames.Ack(sessionId, outcome.ClientMessageId, outcome.Id!.Value, outcome.Seq));
            return;
        }
        connection.TrySend(ServerFrames.Error(outcome.Code!, outcome.Detail!, send.ClientMessageId, sessionId, outcome.RetryAfterMs));
        if (outcome.Code == ErrorCodes.RateLimited && connection.RateLimited.Add(Environment.TickCount64))
        {
            connection.Close(ChatCloseStatus.RateLimited, "Too many messages.");
        }
    }

    private async Task SubscribeAsync(ChatConnection connection, SubscribeFrame subscribe)
    {
        if (RequireAllSessionsSocket(connection, subscribe) is not { } sessionId)
        {
            return;
        }
        if (subscribe.SinceSeq is null && connection.Subscriptions.ContainsKey(sessionId))
        {
            return;
        }
        switch (await membership.CheckAsync(sessionId, connection.UserId, connection.AccessToken, connection.Closing))
        {
            case MembershipCheck.Member:
                await subscriptions.SubscribeAsync(connection, sessionId, subscribe.SinceSeq, connection.Closing);
                break;
            case MembershipCheck.NotMember:
                connection.TrySend(ServerFrames.Error(ErrorCode.NotFound, "The session does not exist.", sessionId: sessionId));
                break;
            default:
                connection.TrySend(ServerFrames.Error(ErrorCode.ServiceUnavailable, "Membership could not be checked; try again.", sessionId: sessionId));
                break;
        }
    }

    /// <summary>The frame's session: the socket's own, or on the all-sessions socket the frame's chat_session_id.</summary>
    private static Guid? ResolveSession(ChatConnection connection, ClientFrame frame)
    {
        var clientMessageId = (frame as SendFrame)?.ClientMessageId;
        if (connection.SessionId is { } own)
        {
            if (frame.ChatSessionId is { } named && named != own)
            {
                connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, "chat_session_id does not match this socket's session.", clientMessageId, named));
                return null;
            }
            return own;
        }
        if (frame.ChatSessionId is null)
        {
            connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, "chat_session_id is required on the all-sessions socket.", clientMessageId));
        }
        return frame.ChatSessionId;
    }

    private static Guid? RequireAllSessionsSocket(ChatConnection connection, ClientFrame frame)
    {
        if (!connection.IsAllSessions)
        {
            connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, "subscribe and unsubscribe are for the all-sessions socket (/api/v1/chat/ws)."));
            return null;
        }
        if (frame.ChatSessionId is null)
        {
            connection.TrySend(ServerFrames.Error(ErrorCode.ValidationFailed, "chat_session_id is required."));
        }
        return frame.ChatSessionId;
    }

    private static bool RequireFollowed(ChatConnection connection, Guid sessionId)
    {
        if (connection.Subscriptions.ContainsKey(sessionId))
        {
            return true;
        }
        connection.TrySend(ServerFrames.Error(ErrorCode.NotFound, "This socket does not follow that session.", sessionId: sessionId));
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A send to session {SessionId} got no answer from the message service")]
    private static partial void LogSendUnanswered(ILogger logger, Guid sessionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Frame of socket {ConnectionId} failed")]
    private static partial void LogFrameFailed(ILogger logger, Guid connectionId, Exception exception);
}

namespace ChatPlatform.Presence.Application.Delivery;

/// <summary>Messages answered 401/403/404 to a history read made with the user's token.</summary>
public sealed class HistoryAccessDeniedException(Guid sessionId, int status)
    : Exception($"History of session {sessionId} refused with {status}.")
{
    public int Status { get; } = status;
}

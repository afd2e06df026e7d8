namespace ChatPlatform.Messages.Infrastructure;

/// <summary>What the send statement found and did, in the order the send rules are checked.</summary>
public enum InsertOutcome
{
    /// <summary>The projection has no active membership of the sender (or no such session).</summary>
    NotMember,
    /// <summary>The session is closed; <see cref="InsertResult.Duplicate"/> says whether the client_message_id was stored before.</summary>
    Closed,
    /// <summary>A direct session whose other participant blocks the sender.</summary>
    Blocked,
    /// <summary>The sender already has a message with this client_message_id in the session.</summary>
    Duplicate,
    Stored,
}

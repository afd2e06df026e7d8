namespace ChatPlatform.Messages.Rules;

/// <summary>The <c>metadata.event</c> values of system messages (SPEC.md section 4).</summary>
public static class SystemEvents
{
    public const string ParticipantJoined = "participant_joined";
    public const string ParticipantLeft = "participant_left";
    public const string SessionClosed = "session_closed";
    public const string SessionAssigned = "session_assigned";
    public const string SessionTransferred = "session_transferred";
}

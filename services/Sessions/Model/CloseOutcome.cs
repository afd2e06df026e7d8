namespace ChatPlatform.Sessions.Model;

public enum CloseOutcome
{
    /// <summary>The session was open and is closed now.</summary>
    Closed,
    /// <summary>It was closed already, with the same feedback or none asked: nothing changed.</summary>
    AlreadyClosed,
    /// <summary>It was closed already without feedback; the feedback is recorded now.</summary>
    FeedbackAdded,
    /// <summary>It was closed already with different feedback.</summary>
    FeedbackConflict,
    Forbidden,
}

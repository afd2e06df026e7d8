namespace ChatPlatform.Identity.Rules;

public enum RefreshDecision
{
    /// <summary>The token is active: mark it used and issue its successor.</summary>
    Rotate,

    /// <summary>An already used token came back: someone holds a copy, so the whole family is revoked.</summary>
    RevokeFamily,

    /// <summary>Unknown, expired or revoked: refuse without side effects.</summary>
    Reject,
}

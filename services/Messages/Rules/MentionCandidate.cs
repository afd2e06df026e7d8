namespace ChatPlatform.Messages.Rules;

/// <summary>A participant of the session as a mention can name them.</summary>
public sealed record MentionCandidate(Guid UserId, string? Email, string? DisplayName);

namespace ChatPlatform.Contracts;

/// <summary>
/// Published by Messages when a user adds or removes a reaction. Reactions take no seq: <c>Counts</c> is the
/// message's full count per emoji after the change, so the latest event a client sees is always right.
/// </summary>
public sealed record ReactionChanged(
    Guid MessageId, Guid SessionId, Guid UserId, string Emoji, bool Added,
    IReadOnlyDictionary<string, int> Counts, DateTimeOffset OccurredAt);

namespace ChatPlatform.Contracts;

/// <summary>
/// Several <see cref="MessagePosted"/> that Messages' outbox fast lane found committed together, published as one
/// broker message (in commit order): consumers handle it as they would handle each of them. Alone, an event still
/// travels as <see cref="MessagePosted"/>, and the outbox's dispatcher always publishes them one by one.
/// </summary>
public sealed record MessagePostedBatch(IReadOnlyList<ChatMessage> Messages);

namespace ChatPlatform.Contracts;

/// <summary>Published by Messages (through its outbox) for every stored message, system messages included.</summary>
public sealed record MessagePosted(ChatMessage Message);

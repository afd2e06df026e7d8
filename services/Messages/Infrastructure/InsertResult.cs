namespace ChatPlatform.Messages.Infrastructure;

/// <summary>The send statement's answer: the outcome, whether the client_message_id was already stored, and the seq given.</summary>
public readonly record struct InsertResult(InsertOutcome Outcome, bool Duplicate, long Seq);

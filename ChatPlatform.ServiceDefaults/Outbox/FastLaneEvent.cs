namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>An event handed to the fast lane with the id of the outbox row that carries it.</summary>
internal sealed record FastLaneEvent(Guid OutboxId, object Message, Type Type, string? TraceParent);

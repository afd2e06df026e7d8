using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.ServiceDefaults.Outbox;

/// <summary>Publishes an event as soon as the outbox row that carries it is committed, without waiting for the dispatcher.</summary>
public interface IOutboxFastLane
{
    /// <summary>
    /// Hands over the event of a row just written on <paramref name="db"/>'s connection: published now when no
    /// transaction is open there (the statement committed on its own), else once that transaction commits.
    /// </summary>
    /// <param name="outboxId">The row's id: the broker message id, and the row deleted once the broker confirmed.</param>
    void Publish<TEvent>(DbContext db, Guid outboxId, TEvent message) where TEvent : class;
}

using ChatPlatform.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>
/// The outbox fast lane of the host without a bus: it records what would be published and publishes nothing, so
/// the outbox rows stay for the tests to read.
/// </summary>
public sealed class RecordingFastLane : IOutboxFastLane
{
    private readonly List<object> _events = [];

    public IReadOnlyList<object> Events
    {
        get { lock (_events) { return [.. _events]; } }
    }

    public void Publish<TEvent>(DbContext db, Guid outboxId, TEvent message) where TEvent : class
    {
        lock (_events)
        {
            _events.Add(message);
        }
    }
}

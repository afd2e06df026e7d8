using System.Collections.Concurrent;
using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>The events <see cref="TestBus"/> received from Messages.</summary>
public sealed class BusRecording
{
    public ConcurrentQueue<MessagePosted> Posted { get; } = new();
    public ConcurrentQueue<ReadCursorAdvanced> CursorsAdvanced { get; } = new();

    /// <summary>The size of each combined MessagePostedBatch received.</summary>
    public ConcurrentQueue<int> CombinedEvents { get; } = new();

    /// <summary>The trace each MessagePosted arrived in (MassTransit's activity header), by message id.</summary>
    public ConcurrentDictionary<Guid, string?> PostedActivityIds { get; } = new();
}

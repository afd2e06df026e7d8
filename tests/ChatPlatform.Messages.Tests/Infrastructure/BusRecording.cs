using System.Collections.Concurrent;
using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Tests.Infrastructure;

/// <summary>The events <see cref="TestBus"/> received from Messages.</summary>
public sealed class BusRecording
{
    public ConcurrentQueue<MessagePosted> Posted { get; } = new();
    public ConcurrentQueue<ReadCursorAdvanced> CursorsAdvanced { get; } = new();
}

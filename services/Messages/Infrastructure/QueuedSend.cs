using System.Diagnostics;
using ChatPlatform.Contracts;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>A message ready for the send statement, with the trace of the send it came from (its MessagePosted joins it).</summary>
public sealed record QueuedSend(ChatMessage Message, Activity? Trace);

using System.Diagnostics;
using ChatPlatform.Messages.Rules;

namespace ChatPlatform.Messages.Application.Sending;

/// <summary>One send of a batch: who sends what where, the sender's token (for the cold path) and the send's trace.</summary>
public sealed record SendRequest(Guid SessionId, Guid UserId, MessageDraft Draft, string? BearerToken, Activity? Trace);

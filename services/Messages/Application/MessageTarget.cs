using ChatPlatform.Messages.Application.Membership;
using ChatPlatform.Messages.Model;

namespace ChatPlatform.Messages.Application;

/// <summary>A message the caller may read, with what the projection says about its session; or why not.</summary>
public sealed record MessageTarget(Message? Message, SessionAccess Session, MessageOutcome? Refusal);

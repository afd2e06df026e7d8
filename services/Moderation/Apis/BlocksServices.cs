using ChatPlatform.Moderation.Application;
using ChatPlatform.Moderation.Infrastructure;

namespace ChatPlatform.Moderation.Apis;

/// <summary>What the block handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record BlocksServices(ModerationContext Db, Blocking Blocking, UserDirectory Users);

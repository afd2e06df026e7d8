using ChatPlatform.Moderation.Application.Blocks;
using ChatPlatform.Moderation.Application.Users;
using ChatPlatform.Moderation.Infrastructure;

namespace ChatPlatform.Moderation.Apis;

/// <summary>What the block handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed record BlocksServices(ModerationDbContext Db, Blocking Blocking, UserDirectory Users);

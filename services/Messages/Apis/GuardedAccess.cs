using ChatPlatform.Messages.Application.Membership;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatPlatform.Messages.Apis;

/// <summary>What <see cref="SessionGuard"/> found, and the answer to give instead when the caller may not go on.</summary>
public sealed record GuardedAccess(SessionAccess Access, ProblemHttpResult? Refusal);

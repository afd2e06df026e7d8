using ChatPlatform.Identity.Apis.Models;
using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Services;

public sealed record LoginResult(LoginStatus Status, TokenResponse? Tokens = null, ThrottleDecision Throttle = default);

using ChatPlatform.Identity.Apis.Dtos;
using ChatPlatform.Identity.Rules;

namespace ChatPlatform.Identity.Application.Login;

public sealed record LoginResult(LoginStatus Status, TokenResponse? Tokens = null, ThrottleDecision Throttle = default);

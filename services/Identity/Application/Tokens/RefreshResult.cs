using ChatPlatform.Identity.Apis.Dtos;

namespace ChatPlatform.Identity.Application.Tokens;

public sealed record RefreshResult(RefreshStatus Status, TokenResponse? Tokens = null);

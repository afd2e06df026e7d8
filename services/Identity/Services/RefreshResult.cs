using ChatPlatform.Identity.Apis.Models;

namespace ChatPlatform.Identity.Services;

public sealed record RefreshResult(RefreshStatus Status, TokenResponse? Tokens = null);

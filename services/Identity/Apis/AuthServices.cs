using ChatPlatform.Identity.Services;

namespace ChatPlatform.Identity.Apis;

public sealed record AuthServices(UserRegistrar Registrar, LoginService Login, TokenRefresher Refresher);

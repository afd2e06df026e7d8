using ChatPlatform.Identity.Application.Login;
using ChatPlatform.Identity.Application.Registration;
using ChatPlatform.Identity.Application.Tokens;

namespace ChatPlatform.Identity.Apis;

public sealed record AuthServices(UserRegistrar Registrar, LoginService Login, TokenRefresher Refresher);

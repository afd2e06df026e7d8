using ChatPlatform.Identity.Infrastructure;

namespace ChatPlatform.Identity.Apis;

public sealed record UsersServices(IdentityDbContext Db, TimeProvider Time);

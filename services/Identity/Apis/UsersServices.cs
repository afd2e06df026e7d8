using ChatPlatform.Identity.Infrastructure;

namespace ChatPlatform.Identity.Apis;

public sealed record UsersServices(IdentityDataContext Db, TimeProvider Time);

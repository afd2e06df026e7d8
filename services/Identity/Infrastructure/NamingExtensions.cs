using Microsoft.EntityFrameworkCore;

namespace ChatPlatform.Identity.Infrastructure;

public static class NamingExtensions
{
    /// <summary>snake_case tables, columns, keys and indexes; the runtime and the design-time factory must agree.</summary>
    public static DbContextOptionsBuilder UseIdentityNaming(this DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention();
}

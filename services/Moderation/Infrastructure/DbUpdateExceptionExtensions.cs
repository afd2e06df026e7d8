using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatPlatform.Moderation.Infrastructure;

internal static class DbUpdateExceptionExtensions
{
    /// <summary>A concurrent request or a redelivered event committed the same row first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

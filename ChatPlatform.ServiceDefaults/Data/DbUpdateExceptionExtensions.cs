using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatPlatform.ServiceDefaults.Data;

public static class DbUpdateExceptionExtensions
{
    /// <summary>
    /// True when the save failed on a unique constraint (optionally a specific one): a concurrent request or a
    /// redelivered event committed the same row first.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? constraint = null) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && (constraint is null || postgres.ConstraintName == constraint);
}

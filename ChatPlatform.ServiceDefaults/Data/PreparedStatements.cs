using Npgsql;

namespace ChatPlatform.ServiceDefaults.Data;

/// <summary>
/// Npgsql's automatic preparation: a statement run a few times on a connection is prepared there once, so PostgreSQL
/// stops parsing and planning it on every call (the send statement's plan is most of its server-side cost).
/// </summary>
public static class PreparedStatements
{
    public static string? WithAutoPrepare(string? connectionString, int maxStatements = 64)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return connectionString;
        }
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = maxStatements;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatPlatform.Sessions.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class SessionsContextDesignFactory : IDesignTimeDbContextFactory<SessionsContext>
{
    public SessionsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SessionsContext>().UseNpgsql("Host=localhost;Database=sessionsdb").Options);
}

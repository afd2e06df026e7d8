using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatPlatform.Messages.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or the app host.</summary>
internal sealed class MessagesDbContextFactory : IDesignTimeDbContextFactory<MessagesDbContext>
{
    public MessagesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MessagesDbContext>()
            .UseNpgsql("Host=localhost;Database=messagesdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatPlatform.Moderation.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or the app host.</summary>
internal sealed class ModerationContextDesignFactory : IDesignTimeDbContextFactory<ModerationContext>
{
    public ModerationContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ModerationContext>()
            .UseNpgsql("Host=localhost;Database=moderationdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}

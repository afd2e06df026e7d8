using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatPlatform.Moderation.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a database or the app host.</summary>
internal sealed class ModerationDbContextFactory : IDesignTimeDbContextFactory<ModerationDbContext>
{
    public ModerationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ModerationDbContext>()
            .UseNpgsql("Host=localhost;Database=moderationdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}

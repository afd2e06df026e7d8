using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChatPlatform.Identity.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running host or database.</summary>
public sealed class IdentityDataContextFactory : IDesignTimeDbContextFactory<IdentityDataContext>
{
    public IdentityDataContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IdentityDataContext>().UseNpgsql("Host=localhost;Database=identitydb");
        options.UseIdentityNaming();
        return new IdentityDataContext(options.Options);
    }
}
